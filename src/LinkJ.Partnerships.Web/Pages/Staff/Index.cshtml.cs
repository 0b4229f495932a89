using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Staff;

/// <summary>The staff dashboard: where the registry stands today, what ends soon, what is new.</summary>
public sealed class IndexModel(RegistryDbContext db, RegistryClock clock, Quality.DataQualityChecks checks, Infrastructure.Caching.RegistryReadCache cache) : PageModel
{
    public DateOnly Today { get; private set; }

    public int EndingSoonDays { get; private set; }

    public (DateOnly First, DateOnly Last) Quarter { get; private set; }

    /// <summary>The counts and lists; <see cref="DashboardFigures.Partners"/> are organizations with an agreement with LINK-J (the home organization), <see cref="DashboardFigures.EcosystemAgreements"/> those between other members of the ecosystem.</summary>
    public DashboardFigures Figures { get; private set; } = null!;

    public int Findings { get; private set; }

    public Timeline Timeline { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = clock.Today;
        EndingSoonDays = clock.EndingSoonDays;
        Quarter = Agreements.AgreementSearch.QuarterOf(Today);
        var (today, endingSoonDays) = (Today, EndingSoonDays);
        Figures = await cache.GetOrLoadAsync($"staff/dashboard|{today:yyyy-MM-dd}|{endingSoonDays}", () => DashboardFigures.ReadAsync(db, today, endingSoonDays, cancellationToken));
        Findings = (await Quality.QualityReport.TodayAsync(checks, db, cache, clock, cancellationToken)).Open.Count;
        Timeline = new Timeline(Figures.Drawn, Figures.Total, Today, EndingSoonDays);
    }
}
