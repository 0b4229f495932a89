using System.Net;
using System.Text;

namespace LinkJ.Partnerships.Tests.Security.HostileInput;

/// <summary>
/// The values an attacker or a careless paste sends. Every markup payload carries the marker "xss", so the
/// safety check can tell an injected element or attribute from the page's own markup.
/// </summary>
public static class HostileCorpus
{
    public const string Marker = "xss";

    private static readonly string[] Markup =
    [
        "<script>alert('xss')</script>",
        "<img src=x onerror=alert('xss')>",
        "<svg onload=alert('xss')>",
        "\"><script>alert('xss')</script>",
        "'><img src=x onerror=alert('xss')>",
        "\" onmouseover=\"alert('xss')\" data-xss=\"",
        "' onfocus='alert(1)' autofocus data-xss='",
        "javascript:alert('xss')",
        " JaVaScRiPt:alert('xss')",
        "<a href=\"javascript:alert('xss')\">xss</a>",
        "<iframe src=\"javascript:alert('xss')\"></iframe>",
        "<xss-el>marker</xss-el>",
        "<b data-xss=\"1\">bold</b>",
        "</textarea><script>alert('xss')</script>",
        "</title><script>alert('xss')</script>",
        "</option></select><script>alert('xss')</script>",
        "<body onload=alert('xss')>",
        "<math><mi xlink:href=\"javascript:alert('xss')\">x</mi></math>",
        "<details open ontoggle=alert('xss')>",
        "<style>@import 'http://evil.example/xss.css';</style>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert('xss')\">",
        "<object data=\"javascript:alert('xss')\"></object>",
        "<base href=\"http://evil.example/xss/\">",
        "<scr<script>ipt>alert('xss')</scr</script>ipt>",
        "<input autofocus onfocus=alert('xss')>",
        "<form action=\"javascript:alert('xss')\"><button>xss</button></form>",
        "<!--<script>alert('xss')</script>-->",
        "<![CDATA[<script>alert('xss')</script>]]>",
    ];

    private static readonly string[] Sql =
    [
        "' OR '1'='1", "'; DROP TABLE Organizations; --", "1; DELETE FROM AuditEntries", "\" OR \"\"=\"", "%' OR 1=1 --",
        "') UNION SELECT PasswordHash, Email FROM AspNetUsers --", "1 OR 1=1", "admin'--", "%", "_", "[", "\\", "'", "''",
        "' COLLATE NOCASE --", "randomblob(1000000000)", "*/", "; PRAGMA writable_schema=1;", "1' AND sleep(5)--", "$where: '1 == 1'",
    ];

    private static readonly string[] Control =
    [
        "\0", "a\0b", "\r\n", "line one\nline two", "\t", "\u0007bell", "\u001b[31mred", "\u0085", "\u2028", "\u2029",
        "\u202Eevil\u202C", "\u200B", "\u200D", "\uFEFF", "\u061C", "\u2066isolate\u2069", "\u0008\u007F", " ", "   padded   ", "",
    ];

    private static readonly string[] Symbols =
    [
        "😀", "👩‍👩‍👧‍👦", "🇯🇵", "Z̴̡̪̫ả̸̧l̷g̶o̵", "e\u0301", "A\u030A", "ﷺ", "𝕏𝔂𝔃", string.Concat(Enumerable.Repeat("😀", 60)),
        "日本語の説明", "ＬＩＮＫ－Ｊ", "١٢٣", "１２３",
    ];

    private static readonly string[] Numbers =
    [
        "2026-02-30", "2026-13-01", "0000-00-00", "9999-12-31", "10000-01-01", "-0001-01-01", "31/12/2026", "2026-01-01T25:61:61",
        "yesterday", "NaN", "Infinity", "-Infinity", "1e309", "-1", "0", "-0", "+1", " 1 ", "1.5", "1,000", "-2147483649", "2147483648",
        "9223372036854775808", "99999999999999999999999999", "0x7FFFFFFF", "null", "undefined", "true", "[]", "{}",
    ];

    private static readonly string[] Paths =
    [
        "../../etc/passwd", "..\\..\\windows\\win.ini", "%00", "%", "%%", "%zz", "/", "//evil.example", "http://evil.example",
        "https://evil.example/@", "///evil.example", "/\\evil.example", "\\\\evil.example", "mailto:x@evil.example", "data:text/html,xss",
        "{{constructor.constructor('alert(1)')()}}", "${7*7}", "@(1+1)", "<%= 7*7 %>",
    ];

    /// <summary>Valid text in other scripts and with accents: it must be stored and shown exactly as typed.</summary>
    public static readonly string[] ValidUnicode =
    [
        "日本橋ライフサイエンスビル", "武田薬品工業株式会社", "Ørsted Søndergård Æblegård", "Café Zoë naïve façade Ångström",
        "Müller-Lüdenscheidt", "Iñtërnâtiônàlizætiøn",
    ];

    public static readonly IReadOnlyList<string> Long =
    [
        new string('a', 100_000), new string('日', 100_000), new string('<', 100_000), new string('9', 100_001),
        string.Concat(Enumerable.Repeat("<b data-xss=1>", 7_200)),
    ];

    /// <summary>The markup payloads, raw and in the encodings a filter might decode once too often.</summary>
    public static IEnumerable<string> EncodedMarkup() =>
        Markup.SelectMany(payload => new[]
        {
            payload,
            payload.ToUpperInvariant().Replace("XSS", Marker, StringComparison.Ordinal),
            WebUtility.HtmlEncode(payload),
            string.Concat(payload.Select(c => $"&#{(int)c};")),
            Uri.EscapeDataString(payload),
            Uri.EscapeDataString(Uri.EscapeDataString(payload)),
            string.Concat(payload.Select(c => char.IsLetterOrDigit(c) ? c.ToString() : $"\\u{(int)c:x4}")),
            payload.Replace("<", "+ADw-", StringComparison.Ordinal).Replace(">", "+AD4-", StringComparison.Ordinal),
            payload.Replace('<', '＜').Replace('>', '＞'),
            payload.Replace("script", "scr\0ipt", StringComparison.Ordinal),
            Convert.ToBase64String(Encoding.UTF8.GetBytes(payload)),
        }).Distinct();

    /// <summary>Everything, in a fixed order: the hostile suite walks it with an offset per field.</summary>
    public static readonly IReadOnlyList<string> All =
        [.. EncodedMarkup(), .. Sql, .. Control, .. Symbols, .. Numbers, .. Paths, .. ValidUnicode, .. Long];

    /// <summary>Values that are plausible to store in a free-text field and must come back encoded.</summary>
    public static readonly IReadOnlyList<string> Storable = [.. Markup.Take(14), "' OR '1'='1", "a\0b", "\u202Eevil\u202C", "Z̴̡̪̫ả̸̧l̷g̶o̵"];
}
