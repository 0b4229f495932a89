namespace LinkJ.Partnerships.Web.Data;

/// <summary>
/// One piece of background work that one app instance has taken on, such as "the daily digest of 2026-12-07". The key
/// is the primary key, so the database lets exactly one instance claim it. See <see cref="ExclusiveWork"/>.
/// </summary>
public sealed class WorkClaim
{
    public const int KeyMaxLength = 200;

    public required string Key { get; init; }

    /// <summary>Which instance claimed it (its process and host), for an operator reading the table.</summary>
    public required string ClaimedBy { get; set; }

    public DateTime ClaimedAt { get; set; }

    /// <summary>Null while the work runs; a claim left unfinished past its lease may be taken over.</summary>
    public DateTime? CompletedAt { get; set; }
}
