namespace LinkJ.Partnerships.Web.Infrastructure;

/// <summary>The "Attachments" configuration section.</summary>
public sealed class AttachmentOptions
{
    public const string Section = "Attachments";

    /// <summary>The largest signed document an admin may attach: 20 MB unless configured.</summary>
    public long MaxBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>
    /// What the upload endpoint accepts as a whole request: a quarter more than <see cref="MaxBytes"/>, so a file a
    /// little too large still arrives and the form can say so, instead of the connection being cut.
    /// </summary>
    public long MaxRequestBytes => MaxBytes + (MaxBytes / 4) + (64 * 1024);
}
