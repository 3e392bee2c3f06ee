package dev.parley.ceasefire;

/** Whether a ceasefire is offered to others or declared by one party for itself. */
public enum ProposalKind {
  /** A proposal to one or more addressees, which binds nobody until accepted. */
  PROPOSAL("0356"),
  /**
   * A unilateral declaration that binds only the declarer, such as a holiday truce; it has no
   * addressees and takes no responses.
   */
  UNILATERAL_DECLARATION("0871");

  private final String cameo;

  ProposalKind(String cameo) {
    this.cameo = cameo;
  }

  /**
   * Returns the CAMEO event code of making such an offer: {@code 0356} (express intent to
   * de-escalate military engagement) for a proposal, {@code 0871} (declare truce, ceasefire) for a
   * unilateral declaration.
   *
   * @return the CAMEO code, not null
   */
  public String cameoCode() {
    return cameo;
  }
}
