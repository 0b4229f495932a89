namespace LinkJ.Partnerships.Web.Infrastructure.Security;

/// <summary>Neutralises user-supplied text before it reaches a log, so it cannot forge log lines.</summary>
public static class LogText
{
    public const int MaxLength = 200;

    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var clipped = text.Length > MaxLength ? text[..MaxLength] + "…" : text;
        return string.Create(clipped.Length, clipped, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) || source[i] is '\u2028' or '\u2029' or '\u202E' or '\u202D' ? '?' : source[i];
            }
        });
    }
}
