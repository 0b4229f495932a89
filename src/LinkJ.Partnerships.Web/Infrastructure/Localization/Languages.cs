using System.Globalization;

namespace LinkJ.Partnerships.Web.Infrastructure.Localization;

/// <summary>The two languages of the registry. English is the default and the fallback for anything unknown.</summary>
public static class Languages
{
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    public static readonly CultureInfo Japanese = CultureInfo.GetCultureInfo("ja");
    public static readonly CultureInfo[] Supported = [English, Japanese];

    /// <summary>The cookie that remembers a signed-in or signing-in reader's choice; public pages never read it.</summary>
    public const string CookieName = "linkj.culture";

    public static bool IsJapanese(CultureInfo culture) => culture.TwoLetterISOLanguageName == "ja";

    public static bool CurrentIsJapanese => IsJapanese(CultureInfo.CurrentUICulture);

    /// <summary>A date as text in the page's language: 2020年11月20日 in Japanese, 2020-11-20 in English.</summary>
    public static string Date(DateOnly date) => CurrentIsJapanese
        ? date.ToString("yyyy'年'M'月'd'日'", CultureInfo.InvariantCulture)
        : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A date that may be missing: <paramref name="whenNone"/> then, such as "open-ended".</summary>
    public static string Date(DateOnly? date, string whenNone) => date is { } day ? Date(day) : whenNone;
}
