namespace LinkJ.Partnerships.Web.Domain;

/// <summary>
/// The documents an agreement may carry, recognised by their first bytes (their "magic number"): a file named
/// "contract.pdf" that starts with "MZ" is a Windows program, and is refused.
/// </summary>
public sealed record AttachmentKind(string ContentType, string Extension, byte[] Magic)
{
    public static readonly AttachmentKind Pdf = new("application/pdf", ".pdf", "%PDF-"u8.ToArray());
    public static readonly AttachmentKind Png = new("image/png", ".png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
    public static readonly AttachmentKind Jpeg = new("image/jpeg", ".jpg", [0xFF, 0xD8, 0xFF]);

    public static IReadOnlyList<AttachmentKind> All { get; } = [Pdf, Png, Jpeg];

    /// <summary>The kind whose signature the bytes start with, or null when they are none of them.</summary>
    public static AttachmentKind? Of(ReadOnlySpan<byte> bytes)
    {
        foreach (var kind in All)
        {
            if (bytes.StartsWith(kind.Magic))
            {
                return kind;
            }
        }

        return null;
    }
}
