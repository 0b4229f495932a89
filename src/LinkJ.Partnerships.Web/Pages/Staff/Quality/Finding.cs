namespace LinkJ.Partnerships.Web.Pages.Staff.Quality;

public enum FindingKind
{
    OrdinalOutOfOrder,
    InferredYear,
    NoSource,
    SignatoryNotAParty,
    NoCountry,
    LikelyDuplicate,
    EndedNotRenewed,
    DirectoryDisagrees,
}

/// <summary>A record the registry links to: an agreement or an organization, by id.</summary>
public readonly record struct FindingRecord(bool IsAgreement, int Id, string Name);

/// <summary>
/// One thing wrong in the data, as one sentence (<see cref="Sentence"/> with its <see cref="Arguments"/>, a resource
/// key) about the records it names. <see cref="Key"/> names the finding across runs; <see cref="Fingerprint"/> changes
/// whenever the data it was computed from changes, which is what brings a reviewed finding back.
/// </summary>
public sealed record Finding(FindingKind Kind, string Sentence, object[] Arguments, IReadOnlyList<FindingRecord> Records, string Evidence)
{
    public string Key => $"{Kind}:{string.Join(',', Records.Select(r => (r.IsAgreement ? "a" : "o") + r.Id))}";

    public string Fingerprint => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Evidence)))[..32];

    public IEnumerable<int> AgreementIds => Records.Where(r => r.IsAgreement).Select(r => r.Id);
}
