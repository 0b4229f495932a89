namespace LinkJ.Partnerships.Web.Domain;

public enum ParticipantRole
{
    /// <summary>Signed the agreement on behalf of a party.</summary>
    Signatory,

    /// <summary>Spoke for a party (quoted in the release, for example) without signing.</summary>
    Representative,
}
