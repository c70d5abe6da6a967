package uk.gov.council.cs.web.design;

import jakarta.el.ValueExpression;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UISelectItem;
import jakarta.faces.component.UISelectItems;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The choices under a select component, as the page wrote them: f:selectItem children and
 * f:selectItems over a collection (with var, itemValue, itemLabel and itemDescription) or over
 * SelectItems.
 */
final class ChoiceItems {

    /** One choice; {@code none} marks the "not asked" choice whose value is empty. */
    record Choice(Object value, String label, String hint, boolean none) {
    }

    private ChoiceItems() {
    }

    static List<Choice> of(FacesContext context, UIComponent select) {
        List<Choice> choices = new ArrayList<>();
        for (UIComponent child : select.getChildren()) {
            if (child instanceof UISelectItem item) {
                Object value = item.getValue();
                if (value instanceof SelectItem si) {
                    choices.add(choice(si));
                } else {
                    choices.add(new Choice(item.getItemValue(), item.getItemLabel(), item.getItemDescription(),
                            item.isNoSelectionOption()));
                }
            } else if (child instanceof UISelectItems items) {
                addAll(context, items, choices);
            }
        }
        return choices;
    }

    private static void addAll(FacesContext context, UISelectItems items, List<Choice> choices) {
        Object value = items.getValue();
        Iterable<?> all = value instanceof Object[] array ? Arrays.asList(array)
                : value instanceof Map<?, ?> map ? map.entrySet() : value instanceof Iterable<?> it ? it : List.of();
        String var = (String) items.getAttributes().get("var");
        Map<String, Object> request = context.getExternalContext().getRequestMap();
        for (Object element : all) {
            if (element instanceof SelectItem si) {
                choices.add(choice(si));
                continue;
            }
            if (element instanceof Map.Entry<?, ?> e) {
                choices.add(new Choice(e.getValue(), String.valueOf(e.getKey()), null, false));
                continue;
            }
            Object previous = var == null ? null : request.put(var, element);
            try {
                Object itemValue = evaluate(context, items, "itemValue", element);
                Object label = evaluate(context, items, "itemLabel", itemValue);
                Object hint = evaluate(context, items, "itemDescription", null);
                choices.add(new Choice(itemValue, label == null ? null : String.valueOf(label), hint == null ? null : String.valueOf(hint),
                        false));
            } finally {
                if (var != null) {
                    if (previous == null) {
                        request.remove(var);
                    } else {
                        request.put(var, previous);
                    }
                }
            }
        }
    }

    private static Object evaluate(FacesContext context, UIComponent items, String attribute, Object otherwise) {
        ValueExpression ve = items.getValueExpression(attribute);
        return ve == null ? otherwise : ve.getValue(context.getELContext());
    }

    private static Choice choice(SelectItem si) {
        return new Choice(si.getValue(), si.getLabel(), si.getDescription(), si.isNoSelectionOption());
    }
}
