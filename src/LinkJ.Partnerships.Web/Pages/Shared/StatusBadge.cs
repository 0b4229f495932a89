using System.Text.Encodings.Web;
using System.Text.Unicode;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace LinkJ.Partnerships.Web.Pages.Shared;

/// <summary>
/// An agreement's status as a coloured badge. A function rather than a partial because lists show one per row,
/// and a partial costs a view lookup and a view context each time.
/// </summary>
public static class StatusBadge
{
    // As the pages' own encoder (PagesSetup): Japanese labels are written as text, not as numeric entities.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static IHtmlContent For(AgreementStatus status, IStringLocalizer labels) =>
        new HtmlString($"<span class=\"badge {Css(status)}\" data-status=\"{status}\">{Encoder.Encode(labels.Label(status))}</span>");

    private static string Css(AgreementStatus status) => status switch
    {
        AgreementStatus.Active => "text-bg-success",
        AgreementStatus.EndingSoon => "text-bg-warning",
        AgreementStatus.OpenEnded => "text-bg-info",
        AgreementStatus.Upcoming => "text-bg-secondary",
        AgreementStatus.Terminated => "text-bg-dark",
        _ => "text-bg-light border",
    };
}
