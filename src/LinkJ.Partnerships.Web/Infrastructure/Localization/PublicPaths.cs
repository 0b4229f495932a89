using Microsoft.AspNetCore.Diagnostics;

namespace LinkJ.Partnerships.Web.Infrastructure.Localization;

/// <summary>
/// The public pages carry their language in the address (docs/decisions/040-language-in-public-addresses.md):
/// /, /partners and /partners/{slug} in English, and the same under /ja/ in Japanese. Pages write their links in the
/// English form and pass them through <see cref="For(string)"/>.
/// </summary>
public static class PublicPaths
{
    public const string JapanesePrefix = "/ja";

    /// <summary>Whether an address is a public page's, whose language comes only from the address.</summary>
    public static bool IsPublic(PathString path) =>
        path == "/" || path.StartsWithSegments("/partners") || path.StartsWithSegments(JapanesePrefix);

    public static bool IsJapanese(PathString path) => path.StartsWithSegments(JapanesePrefix);

    /// <summary>The address a request is about: a status page re-executed for it answers in the original page's language.</summary>
    public static PathString Original(HttpContext context) =>
        context.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath is { } original ? new PathString(original) : context.Request.Path;

    /// <summary>An English-form path ("/partners?country=JP") in the current page's language.</summary>
    public static string For(string englishPath) => Languages.CurrentIsJapanese ? InJapanese(englishPath) : englishPath;

    public static string InJapanese(string englishPath) => englishPath.Length > 0 && englishPath[0] == '/' && (englishPath.Length == 1 || englishPath[1] == '?')
        ? JapanesePrefix + "/" + englishPath[1..]
        : JapanesePrefix + englishPath;

    /// <summary>The English form of a public path: /ja/partners → /partners, /ja/ → /.</summary>
    public static string English(PathString path) =>
        path.StartsWithSegments(JapanesePrefix, out var rest) ? (rest.HasValue && rest.Value != "/" ? rest.Value! : "/") : path.Value ?? "/";
}
