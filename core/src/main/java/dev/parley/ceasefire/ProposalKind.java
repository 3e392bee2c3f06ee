package dev.parley.ceasefire;

/** Whether a ceasefire is offered to others or declared by one party for itself. */
public enum ProposalKind {
  /** A proposal to one or more addressees, which binds nobody until accepted. */
  PROPOSAL,
  /**
   * A unilateral declaration that binds only the declarer, such as a holiday truce; it has no
   * addressees and takes no responses.
   */
  UNILATERAL_DECLARATION
}
