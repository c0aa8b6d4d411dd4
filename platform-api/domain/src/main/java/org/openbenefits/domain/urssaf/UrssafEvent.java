package org.openbenefits.domain.urssaf;

/** The events to which URSSAF ties an exemption of gift cheques; some are judged per child rather than per employee. */
public enum UrssafEvent {
    NOEL_SALARIE(false),
    NOEL_ENFANT(true),
    RENTREE_SCOLAIRE(true),
    NAISSANCE_ADOPTION(false),
    MARIAGE_PACS(false),
    RETRAITE(false),
    FETE_DES_MERES(false),
    FETE_DES_PERES(false),
    SAINTE_CATHERINE(false),
    SAINT_NICOLAS(false);

    private final boolean perBeneficiary;

    UrssafEvent(boolean perBeneficiary) {
        this.perBeneficiary = perBeneficiary;
    }

    /** Whether the ceiling applies per child (the children's events) rather than once per employee. */
    public boolean perBeneficiary() {
        return perBeneficiary;
    }
}
