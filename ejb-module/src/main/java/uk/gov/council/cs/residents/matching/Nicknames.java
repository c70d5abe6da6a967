package uk.gov.council.cs.residents.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Common English forenames and the short or alternative forms people give for them, so that
 * "Bill Smith" and "William Smith" are recognised as possibly one person. Spelling variants of the
 * same name (Mohammed, Muhammad) are grouped too.
 */
final class Nicknames {

    private static final List<Set<String>> GROUPS = List.of(
            Set.of("WILLIAM", "BILL", "BILLY", "WILL", "WILLIE", "LIAM"),
            Set.of("ROBERT", "BOB", "BOBBY", "ROB", "ROBBIE", "BERT"),
            Set.of("ELIZABETH", "LIZ", "LIZZIE", "BETH", "BETTY", "ELIZA", "BESS", "LISA"),
            Set.of("MARGARET", "MAGGIE", "MEG", "PEGGY", "MAISIE", "GRETA"),
            Set.of("RICHARD", "RICH", "RICK", "RICKY", "DICK"),
            Set.of("JAMES", "JIM", "JIMMY", "JAMIE"),
            Set.of("JOHN", "JACK", "JOHNNY", "JON"),
            Set.of("JONATHAN", "JON", "JONNY"),
            Set.of("CATHERINE", "KATHERINE", "KATHRYN", "KATE", "KATIE", "KATHY", "CATH", "CATHY", "KAT", "KITTY"),
            Set.of("MICHAEL", "MIKE", "MICK", "MICKY", "MIKEY"),
            Set.of("THOMAS", "TOM", "TOMMY"),
            Set.of("EDWARD", "ED", "EDDIE", "TED", "NED"),
            Set.of("ALEXANDER", "ALEX", "SANDY", "XANDER"),
            Set.of("ALEXANDRA", "ALEX", "ALEXA", "SANDRA"),
            Set.of("ANTHONY", "TONY", "ANT"),
            Set.of("CHRISTOPHER", "CHRIS", "KIT"),
            Set.of("CHRISTINE", "CHRISTINA", "CHRIS", "TINA"),
            Set.of("DANIEL", "DAN", "DANNY"),
            Set.of("DAVID", "DAVE", "DAVEY"),
            Set.of("JOSEPH", "JOE", "JOEY"),
            Set.of("JENNIFER", "JEN", "JENNY"),
            Set.of("MOHAMMED", "MUHAMMAD", "MOHAMMAD", "MOHAMED", "MUHAMMED", "MO"),
            Set.of("PATRICIA", "PAT", "PATSY", "TRISH", "TRISHA"),
            Set.of("PATRICK", "PAT", "PADDY"),
            Set.of("SUSAN", "SUE", "SUSIE", "SUZY"),
            Set.of("DEBORAH", "DEBRA", "DEBBIE", "DEB"),
            Set.of("REBECCA", "BECKY", "BECCA"),
            Set.of("SAMUEL", "SAM", "SAMMY"),
            Set.of("SAMANTHA", "SAM", "SAMMY"),
            Set.of("STEPHEN", "STEVEN", "STEVE", "STEVIE"),
            Set.of("VICTORIA", "VICKY", "VICKI", "TORI"),
            Set.of("PETER", "PETE"),
            Set.of("ANDREW", "ANDY", "DREW"),
            Set.of("BENJAMIN", "BEN", "BENNY"),
            Set.of("CHARLES", "CHARLIE", "CHAS", "CHUCK"),
            Set.of("CHARLOTTE", "CHARLIE", "LOTTIE"),
            Set.of("FREDERICK", "FRED", "FREDDIE", "FREDDY"),
            Set.of("HENRY", "HARRY", "HAL", "HANK"),
            Set.of("NICHOLAS", "NICK", "NICKY", "NICO"),
            Set.of("MATTHEW", "MATT", "MATTY"),
            Set.of("TIMOTHY", "TIM", "TIMMY"),
            Set.of("GREGORY", "GREG"),
            Set.of("KENNETH", "KEN", "KENNY"),
            Set.of("LAWRENCE", "LAURENCE", "LARRY", "LAURIE"),
            Set.of("LEONARD", "LEN", "LENNY", "LEO"),
            Set.of("ABIGAIL", "ABBY", "ABBIE"),
            Set.of("AMANDA", "MANDY"),
            Set.of("BARBARA", "BARB", "BABS"),
            Set.of("DOROTHY", "DOT", "DOTTIE", "DOLLY"),
            Set.of("ELEANOR", "ELLIE", "NELL", "NELLIE"),
            Set.of("HELEN", "HELENA", "NELL"),
            Set.of("JACQUELINE", "JACKIE"),
            Set.of("JOSEPHINE", "JO", "JOSIE"),
            Set.of("JOANNE", "JOANNA", "JO"),
            Set.of("MARY", "MOLLY", "POLLY", "MAMIE"),
            Set.of("NATALIE", "NATALIA", "NAT", "TALIA"),
            Set.of("PHILIP", "PHILLIP", "PHIL", "PIP"),
            Set.of("RAYMOND", "RAY"),
            Set.of("RONALD", "RON", "RONNIE"),
            Set.of("DONALD", "DON", "DONNIE"),
            Set.of("GERALD", "GERRY", "JERRY"),
            Set.of("TERENCE", "TERRY"),
            Set.of("THEODORE", "THEO", "TED", "TEDDY"),
            Set.of("ZACHARY", "ZACH", "ZAK"),
            Set.of("AGNIESZKA", "AGA", "AGNES"),
            Set.of("TOMASZ", "TOMEK", "THOMAS"),
            Set.of("SIOBHAN", "SHIVAWN"),
            Set.of("AISHA", "AYESHA", "AYSHA"),
            Set.of("FATIMA", "FATIMAH", "FATEMA"),
            Set.of("JACOB", "JAKOB", "JAKE"),
            Set.of("OLIVER", "OLLIE", "OLLY"),
            Set.of("SARAH", "SARA", "SALLY"),
            Set.of("ANNE", "ANN", "ANNIE", "ANNA"),
            Set.of("HARRIET", "HATTIE"),
            Set.of("ISABELLA", "ISABELLE", "ISABEL", "BELLA", "IZZY"),
            Set.of("ALFRED", "ALFIE", "ALF"),
            Set.of("ALBERT", "ALBIE", "BERT"),
            Set.of("ARCHIBALD", "ARCHIE"),
            Set.of("FRANCIS", "FRANK", "FRANKIE"),
            Set.of("FRANCES", "FRAN", "FRANKIE"),
            Set.of("JESSICA", "JESS", "JESSIE"),
            Set.of("SOPHIA", "SOPHIE"),
            Set.of("EMILY", "EMMY", "MILLIE"));

    private static final Map<String, Set<Integer>> GROUPS_OF_NAME = index();

    private Nicknames() {
    }

    private static Map<String, Set<Integer>> index() {
        Map<String, Set<Integer>> index = new HashMap<>();
        for (int i = 0; i < GROUPS.size(); i++) {
            for (String name : GROUPS.get(i)) {
                index.computeIfAbsent(name, n -> new java.util.HashSet<>()).add(i);
            }
        }
        return index;
    }

    /** The name itself and every form of it (Bill: William, Billy, Will, ...), upper case. */
    static Set<String> formsOf(String name) {
        Set<String> forms = new java.util.TreeSet<>();
        forms.add(name);
        for (int group : GROUPS_OF_NAME.getOrDefault(name, Set.of())) {
            forms.addAll(GROUPS.get(group));
        }
        return forms;
    }

    /** True when the two names are forms of one another (never for the same name). */
    static boolean sameName(String a, String b) {
        if (a == null || b == null || a.equals(b)) {
            return false;
        }
        Set<Integer> groupsOfA = GROUPS_OF_NAME.getOrDefault(a, Set.of());
        for (Integer group : GROUPS_OF_NAME.getOrDefault(b, Set.of())) {
            if (groupsOfA.contains(group)) {
                return true;
            }
        }
        return false;
    }
}
