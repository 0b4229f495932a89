using LinkJ.Partnerships.Web.Domain;

namespace LinkJ.Partnerships.Web.Pages.Shared;

/// <summary>
/// The badge colour of each status, for <c>_StatusBadge.cshtml</c> and for pages that write the badge inline because
/// a partial per row is too dear on their uncached path (the public profile).
/// </summary>
public static class StatusBadge
{
    public static string CssClass(AgreementStatus status) => status switch
    {
        AgreementStatus.Active => "text-bg-success",
        AgreementStatus.EndingSoon => "text-bg-warning",
        AgreementStatus.OpenEnded => "text-bg-info",
        AgreementStatus.Upcoming => "text-bg-secondary",
        _ => "text-bg-light border",
    };
}
