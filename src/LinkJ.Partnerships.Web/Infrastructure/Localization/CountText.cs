using Microsoft.AspNetCore.Mvc.Localization;

namespace LinkJ.Partnerships.Web.Infrastructure.Localization;

/// <summary>"1 agreement", "2 agreements": a list's count with the resource key for one and for several.</summary>
public static class CountText
{
    public static string Count(this IHtmlLocalizer localizer, int count, string one, string several) =>
        string.Format(System.Globalization.CultureInfo.CurrentCulture, localizer[count == 1 ? one : several].Value, count);
}
