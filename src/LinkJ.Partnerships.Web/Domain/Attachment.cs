namespace LinkJ.Partnerships.Web.Domain;

/// <summary>
/// A signed document attached to an agreement. This row is what lists show; the bytes live in
/// <see cref="AttachmentContent"/>, a table of their own that only a download reads (docs/decisions/021).
/// The file name is for display only and is never used as a path.
/// </summary>
public sealed class Attachment : ITracked, IRegistryContent
{
    public const int FileNameMaxLength = 255;
    public const int ContentTypeMaxLength = 50;

    private Attachment()
    {
        FileName = ContentType = Sha256 = string.Empty;
    }

    public Attachment(int agreementId, string fileName, AttachmentKind kind, byte[] bytes)
        : this()
    {
        AgreementId = agreementId;
        FileName = DisplayName(fileName);
        ContentType = kind.ContentType;
        Length = bytes.LongLength;
        Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        Content = new AttachmentContent(bytes);
    }

    public int Id { get; private set; }

    public int AgreementId { get; private set; }

    public string FileName { get; private set; }

    /// <summary>Decided from the file's first bytes (<see cref="AttachmentKind"/>), never from its name or the browser's word.</summary>
    public string ContentType { get; private set; }

    public long Length { get; private set; }

    /// <summary>Lower-case hex.</summary>
    public string Sha256 { get; private set; }

    public AttachmentContent? Content { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public int Version { get; private set; }

    /// <summary>The last segment of whatever the browser sent, without control characters, cut to the column's length.</summary>
    public static string DisplayName(string? fileName)
    {
        var name = (fileName ?? string.Empty).Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        name = new string([.. name.Where(c => !char.IsControl(c))]).Trim();
        if (name.Length == 0)
        {
            name = "document";
        }

        return name.Length <= FileNameMaxLength ? name : name[..FileNameMaxLength];
    }
}

/// <summary>The bytes of one attachment, keyed by its id.</summary>
public sealed class AttachmentContent
{
    private AttachmentContent()
    {
        Bytes = [];
    }

    public AttachmentContent(byte[] bytes) => Bytes = bytes;

    public int AttachmentId { get; private set; }

    public byte[] Bytes { get; private set; }
}
