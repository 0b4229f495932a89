namespace LinkJ.Partnerships.Web.Domain;

/// <summary>How often an account gets its e-mail digest of agreements that reached a notice point.</summary>
public enum DigestFrequency
{
    None,
    Daily,

    /// <summary>On Mondays, Tokyo time (the registry's time zone).</summary>
    Weekly,
}
