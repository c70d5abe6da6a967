package uk.gov.council.cs.staff;

/** Who an account is for: a member of staff, or a system that calls the API (with tokens, never a password). */
public enum StaffKind { PERSON, SYSTEM }
