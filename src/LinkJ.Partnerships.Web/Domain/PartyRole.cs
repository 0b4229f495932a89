namespace LinkJ.Partnerships.Web.Domain;

/// <summary>The part an organization plays in an agreement.</summary>
public enum PartyRole
{
    /// <summary>A full party that signed or joined the agreement.</summary>
    Party,

    /// <summary>The party that initiated or announced the agreement.</summary>
    Lead,

    /// <summary>An organization that supports the agreement without being bound by it.</summary>
    Supporter,

    /// <summary>An organization that witnessed or endorsed the signing.</summary>
    Witness,
}
