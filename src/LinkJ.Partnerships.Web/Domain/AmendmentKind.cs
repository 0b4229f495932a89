namespace LinkJ.Partnerships.Web.Domain;

public enum AmendmentKind
{
    /// <summary>Moves the end date; the agreement's end date and status follow its latest extension.</summary>
    Extension,

    /// <summary>Someone else signs or acts for a party from now on.</summary>
    Signatory,

    /// <summary>What the parties cooperate on changed.</summary>
    Scope,

    Other,
}
