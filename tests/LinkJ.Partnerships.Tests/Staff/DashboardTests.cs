using System.Globalization;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Pages.Staff;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Tests.Staff;

/// <summary>Today is 2026-11-24 (Tokyo) in every test here; the ending-soon window is 90 days.</summary>
public sealed class DashboardTests
{
    [Fact]
    public async Task The_figures_count_internal_agreements_against_the_fixed_clock()
    {
        using var factory = new RegistryFactory();
        factory.CreateClient();
        await factory.AddAgreementAsync("Ends in 30 days", new DateOnly(2023, 12, 24), Term.OfYears(3), "Kyoto Biotech", "JP");   // ends 2026-12-24
        await factory.AddAgreementAsync("Ends in 90 days", new DateOnly(2025, 2, 22), Term.Until(new DateOnly(2027, 2, 22)), "Basel Pharma", "CH", Visibility.Internal);
        await factory.AddAgreementAsync("Ends in 91 days", new DateOnly(2025, 2, 23), Term.Until(new DateOnly(2027, 2, 23)), "Boston Labs", "US");
        await factory.AddAgreementAsync("Ended yesterday", new DateOnly(2025, 11, 24), Term.Until(new DateOnly(2026, 11, 24)), "Kyoto Biotech", "JP");
        await factory.AddAgreementAsync("Starts next year", new DateOnly(2027, 1, 1), Term.OfYears(2), "Lyon Health", "FR");
        var client = await factory.SignedInAsync(Roles.Staff);

        var page = await client.GetPageAsync("/staff");

        int Figure(string key) => int.Parse(page.QuerySelector($"[data-figure={key}]")!.TextContent.Trim(), CultureInfo.InvariantCulture);
        // LINK-J's partners: Medicen (FR), the Danish Embassy (DK) from the seed (Pistoia and Matador are the ecosystem's);
        // Kyoto (JP), Basel (CH), Boston (US), Lyon (FR) added here.
        Assert.Equal(6, Figure("partners"));
        Assert.Equal(1, Figure("ecosystem"));       // Pistoia–Matador
        Assert.Equal(2, Figure("ending-quarter"));  // ends 2026-12-24, and the one whose end date is today
        Assert.Equal(5, Figure("countries"));
        Assert.Equal(4, Figure("in-force"));        // Pistoia–Matador (open-ended), the three ending 30/90/91 days out
        Assert.Equal(2, Figure("ending-soon"));     // 30 and 90 days; 91 is outside the window
        Assert.Equal(3, Figure("ended"));           // Medicen, Danish Embassy, ended "yesterday" (end date today)
        var endingSoon = page.QuerySelectorAll("#ending-soon tbody tr").Select(r => (r.QuerySelector("a")!.TextContent, r.QuerySelector("[data-days-left]")!.TextContent.Trim())).ToList();
        Assert.Equal([("Ends in 30 days", "30"), ("Ends in 90 days", "90")], endingSoon);
    }

    [Fact]
    public async Task The_figures_kept_between_views_follow_the_next_write_and_the_next_day()
    {
        using var factory = new RegistryFactory();
        var client = await factory.SignedInAsync(Roles.Staff);
        async Task<int> InForceAsync()
        {
            var page = await client.GetPageAsync("/staff");
            return int.Parse(page.QuerySelector("[data-figure=in-force]")!.TextContent.Trim(), CultureInfo.InvariantCulture);
        }

        var before = await InForceAsync();
        Assert.Equal(before, await InForceAsync());

        await factory.AddAgreementAsync("Last day today", new DateOnly(2025, 11, 24), Term.Until(new DateOnly(2026, 11, 25)), "Osaka Devices", "JP");
        Assert.Equal(before + 1, await InForceAsync());

        // Its last day in force is today: tomorrow, with no write in between, it is no longer counted (signed in
        // again, as the session has timed out overnight; signing in writes no registry data).
        factory.Clock.Now = factory.Clock.Now.AddDays(1);
        client = await factory.SignedInAsync(Roles.Staff);
        Assert.Equal(before, await InForceAsync());
    }

    [Fact]
    public async Task A_long_ending_soon_list_shows_the_first_to_end_and_links_to_all_of_them()
    {
        using var factory = new RegistryFactory();
        factory.CreateClient();
        var count = LinkJ.Partnerships.Web.Pages.Staff.DashboardFigures.EndingSoonShown + 5;
        for (var i = 0; i < count; i++)
        {
            // Ends 60 - i days from today, so the last one added ends first.
            await factory.AddAgreementAsync($"Ending soon {i:00}", new DateOnly(2024, 1, 23).AddDays(-i), Term.OfYears(3), $"Partner {i:00}", "JP");
        }

        var client = await factory.SignedInAsync(Roles.Staff);

        var page = await client.GetPageAsync("/staff");

        var rows = page.QuerySelectorAll("#ending-soon tbody tr td:first-child a").Select(a => a.TextContent).ToList();
        Assert.Equal(LinkJ.Partnerships.Web.Pages.Staff.DashboardFigures.EndingSoonShown, rows.Count);
        Assert.Equal($"Ending soon {count - 1:00}", rows[0]);
        Assert.Equal(count.ToString(CultureInfo.InvariantCulture), page.QuerySelector("[data-figure=ending-soon]")!.TextContent.Trim());
        var more = page.QuerySelector("#ending-soon-more a")!;
        Assert.Contains(count.ToString(CultureInfo.InvariantCulture), more.TextContent);
        Assert.Contains("status=EndingSoon", more.GetAttribute("href"));
    }

    [Fact]
    public async Task The_recently_added_list_shows_the_newest_first()
    {
        using var factory = new RegistryFactory();
        factory.CreateClient();
        await factory.AddAgreementAsync("Added first", new DateOnly(2024, 1, 1), Term.OfYears(5), "Kyoto Biotech", "JP");
        factory.Clock.Now = factory.Clock.Now.AddMinutes(1);
        await factory.AddAgreementAsync("Added last", new DateOnly(2019, 1, 1), Term.OfYears(5), "Kyoto Biotech", "JP");
        var client = await factory.SignedInAsync(Roles.Staff);

        var page = await client.GetPageAsync("/staff");

        var recent = page.QuerySelectorAll("#recently-added li a").Select(a => a.TextContent).ToList();
        Assert.Equal(["Added last", "Added first"], recent.Take(2));
    }

    [Fact]
    public async Task The_timeline_draws_one_bar_per_agreement_coloured_by_status_with_a_line_for_today()
    {
        using var factory = new RegistryFactory();
        factory.CreateClient();
        var soon = await factory.AddAgreementAsync("Ends in 30 days", new DateOnly(2023, 12, 24), Term.OfYears(3), "Kyoto Biotech", "JP", Visibility.Internal);
        var client = await factory.SignedInAsync(Roles.Staff);

        var page = await client.GetPageAsync("/staff");

        var svg = page.QuerySelector("svg#timeline")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.NotEmpty(page.QuerySelector("#timeline-title")!.TextContent);
        Assert.Contains("2026-11-24", page.QuerySelector("#timeline-desc")!.TextContent, StringComparison.Ordinal);
        var bars = svg.QuerySelectorAll("rect.timeline-bar");
        Assert.Equal(4, bars.Length);
        Assert.Equal(
            ["Ended", "Ended", "OpenEnded", "EndingSoon"],
            bars.Select(b => b.GetAttribute("data-status")).ToList());

        var from = DateOnly.Parse(svg.GetAttribute("data-from")!, CultureInfo.InvariantCulture);
        var to = DateOnly.Parse(svg.GetAttribute("data-to")!, CultureInfo.InvariantCulture);
        Assert.Equal(new DateOnly(2020, 1, 1), from);
        Assert.Equal(new DateOnly(2028, 1, 1), to);
        var left = double.Parse(svg.GetAttribute("data-plot-left")!, CultureInfo.InvariantCulture);
        var right = double.Parse(svg.GetAttribute("data-plot-right")!, CultureInfo.InvariantCulture);
        double X(DateOnly day) => left + ((day.DayNumber - from.DayNumber) / (double)(to.DayNumber - from.DayNumber) * (right - left));
        double Attr(AngleSharp.Dom.IElement e, string name) => double.Parse(e.GetAttribute(name)!, CultureInfo.InvariantCulture);

        var endingSoon = bars.Single(b => b.GetAttribute("data-agreement") == soon.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("2023-12-24", endingSoon.GetAttribute("data-start"));
        Assert.Equal("2026-12-24", endingSoon.GetAttribute("data-end"));
        Assert.Equal(X(new DateOnly(2023, 12, 24)), Attr(endingSoon, "x"), 1);
        Assert.Equal(X(new DateOnly(2026, 12, 24)), Attr(endingSoon, "x") + Attr(endingSoon, "width"), 1);

        var openEnded = bars.Single(b => b.GetAttribute("data-open-ended") == "true");
        Assert.Equal(string.Empty, openEnded.GetAttribute("data-end"));
        Assert.Equal(right, Attr(openEnded, "x") + Attr(openEnded, "width"), 1);

        var today = svg.QuerySelector("#timeline-today")!;
        Assert.Equal("2026-11-24", today.GetAttribute("data-today"));
        Assert.Equal(X(RegistryFactory.DefaultToday), Attr(today, "x1"), 1);
        Assert.NotEqual(bars[0].GetAttribute("fill"), endingSoon.GetAttribute("fill"));
        Assert.Equal(4, page.QuerySelectorAll("figure.timeline details tbody tr").Length);
    }
    [Fact]
    public async Task A_large_registry_draws_the_agreements_that_end_last_and_says_how_many_it_left_out()
    {
        using var factory = new RegistryFactory();
        factory.CreateClient();
        await factory.WithDbAsync(async (RegistryDbContext db) =>
        {
            using var actor = AuditActor.As("test");
            var home = await db.Organizations.SingleAsync(o => o.IsHome);
            var partner = await db.Organizations.SingleAsync(o => o.Slug == "medicen-paris-region");
            for (var i = 0; i < Timeline.MaxBars; i++)
            {
                var agreement = new Agreement(AgreementType.Mou, $"Bulk agreement {i}", new DateOnly(2010, 1, 1).AddDays(i * 20), Term.OfYears(2));
                agreement.AddParty(home);
                agreement.AddParty(partner);
                db.Agreements.Add(agreement);
            }

            await db.SaveChangesAsync();
        });
        var client = await factory.SignedInAsync(Roles.Staff);

        var page = await client.GetPageAsync("/staff");

        var bars = page.QuerySelectorAll("svg#timeline rect.timeline-bar");
        Assert.Equal(Timeline.MaxBars, bars.Length);
        Assert.Contains(bars, b => b.GetAttribute("data-open-ended") == "true");
        Assert.DoesNotContain(bars, b => b.GetAttribute("data-start") == "2010-01-01");
        Assert.Contains($"{Timeline.MaxBars} agreements that end last, of {Timeline.MaxBars + 3}", page.QuerySelector("#timeline-capped")!.TextContent, StringComparison.Ordinal);
    }
}
