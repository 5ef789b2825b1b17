package org.normdesk.domain.risk;

/**
 * What a rule does with a clause that refers to the upper law that sets the measure
 * (依照《…》第X条规定处罚): the document then applies a measure, it does not set one.
 */
public enum WhenCitingLaw {
    /** No finding. */
    SKIP,
    /** A finding of low severity: check that the cited article really says so. */
    LOW,
    /** A finding as if nothing were cited. */
    KEEP
}
