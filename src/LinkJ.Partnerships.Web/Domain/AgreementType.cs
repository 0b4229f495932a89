namespace LinkJ.Partnerships.Web.Domain;

/// <summary>The kind of instrument an agreement is. Stored by name, so new members can be added freely.</summary>
public enum AgreementType
{
    Mou,
    Moc,
    Partnership,
    CollaborationAgreement,
    LetterOfIntent,
    JointStatement,
    Other,
}
