namespace LinkJ.Partnerships.Web.Domain;

/// <summary>
/// An admin's word that a data-quality finding was looked at and is as it should be. It holds while the finding's
/// fingerprint (the records' versions it was computed from) is unchanged; a change to those records brings the
/// finding back. The audit trail keeps every note.
/// </summary>
public sealed class FindingReview : IRegistryContent
{
    public const int KeyMaxLength = 200;
    public const int FingerprintMaxLength = 64;
    public const int NoteMaxLength = 1000;

    private FindingReview()
    {
        FindingKey = Fingerprint = Note = string.Empty;
    }

    public FindingReview(string findingKey, string fingerprint, string note, string? reviewedBy, DateTime reviewedAt)
    {
        FindingKey = findingKey;
        Fingerprint = fingerprint;
        Note = note;
        ReviewedBy = reviewedBy;
        ReviewedAt = reviewedAt;
    }

    public int Id { get; private set; }

    public string FindingKey { get; private set; }

    public string Fingerprint { get; private set; }

    public string Note { get; private set; }

    public string? ReviewedBy { get; private set; }

    public DateTime ReviewedAt { get; private set; }

    public bool Covers(string fingerprint) => Fingerprint == fingerprint;

    /// <summary>A new review of a finding that came back replaces the old one; the audit keeps both notes.</summary>
    public void Renew(string fingerprint, string note, string? reviewedBy, DateTime reviewedAt)
    {
        Fingerprint = fingerprint;
        Note = note;
        ReviewedBy = reviewedBy;
        ReviewedAt = reviewedAt;
    }
}
