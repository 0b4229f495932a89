using System.Net;
using LinkJ.Partnerships.Tests.Partners;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LinkJ.Partnerships.Tests.Staff;

/// <summary>A staff search is kept until the next committed write or the next day: repeating it reads nothing, and a change shows at once.</summary>
public sealed class AgreementSearchCacheTests
{
    [Fact]
    public async Task Repeating_a_search_reads_nothing_but_the_session_check()
    {
        using var factory = new CountingRegistry(outputCache: true);
        var staff = await factory.SignedInAsync(Roles.Staff);

        factory.Commands.Reset();
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/staff/agreements?q=Medicen")).StatusCode);
        var first = factory.Commands.Count;
        factory.Commands.Reset();
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/staff/agreements?q=Medicen")).StatusCode);

        Assert.True(first >= 4, $"{first} statements the first time");
        Assert.True(factory.Commands.Count <= 1, $"{factory.Commands.Count} statements the second time");
    }

    [Fact]
    public async Task An_agreement_added_after_a_search_is_in_the_same_search_at_once()
    {
        using var factory = new RegistryFactory();
        var staff = await factory.SignedInAsync(Roles.Staff);
        Assert.Empty(await TitlesAsync(staff, "/staff/agreements?q=zebrafish"));
        Assert.DoesNotContain("IS", await CountryOptionsAsync(staff));

        await factory.AddAgreementAsync("Zebrafish imaging study", new DateOnly(2025, 5, 1), Term.OfYears(3), "Reykjavik Fish Lab", "IS");

        Assert.Equal(["Zebrafish imaging study"], await TitlesAsync(staff, "/staff/agreements?q=zebrafish"));
        Assert.Contains("IS", await CountryOptionsAsync(staff));
    }

    /// <summary>A search by words alone is arranged by the list's order kept until the next write (AgreementListOrder).</summary>
    [Fact]
    public async Task A_search_by_words_follows_a_new_date_and_an_archive_at_once()
    {
        using var factory = new RegistryFactory();
        var staff = await factory.SignedInAsync(Roles.Staff);
        await factory.AddAgreementAsync("Zebrafish imaging study", new DateOnly(2025, 5, 1), Term.OfYears(3), "Reykjavik Fish Lab", "IS");
        await factory.AddAgreementAsync("Zebrafish genetics exchange", new DateOnly(2024, 1, 1), Term.OfYears(3), "Oslo Fish Lab", "NO");
        Assert.Equal(["Zebrafish imaging study", "Zebrafish genetics exchange"], await TitlesAsync(staff, "/staff/agreements?q=zebrafish"));

        await factory.WithDbAsync(async db =>
        {
            var exchange = await db.Agreements.SingleAsync(a => a.Title == "Zebrafish genetics exchange");
            exchange.Schedule(new DateOnly(2026, 1, 1), Term.OfYears(3));
            await db.SaveChangesAsync();
        });

        Assert.Equal(["Zebrafish genetics exchange", "Zebrafish imaging study"], await TitlesAsync(staff, "/staff/agreements?q=zebrafish"));
        Assert.Equal(["Zebrafish imaging study", "Zebrafish genetics exchange"], await TitlesAsync(staff, "/staff/agreements?q=zebrafish&dir=asc"));

        await factory.WithDbAsync(async db =>
        {
            (await db.Agreements.SingleAsync(a => a.Title == "Zebrafish genetics exchange")).Archive(DateTime.UtcNow);
            await db.SaveChangesAsync();
        });

        Assert.Equal(["Zebrafish imaging study"], await TitlesAsync(staff, "/staff/agreements?q=zebrafish"));
        Assert.Equal(["Zebrafish genetics exchange"], await TitlesAsync(staff, "/staff/agreements?q=zebrafish&archived=true"));
    }

    [Fact]
    public async Task The_same_search_the_next_day_shows_that_days_statuses()
    {
        using var factory = new RegistryFactory();
        var staff = await factory.SignedInAsync(Roles.Staff);
        var today = RegistryFactory.DefaultToday;
        await factory.AddAgreementAsync("Short pilot on cell imaging", today.AddMonths(-6), Term.Until(today.AddDays(1)), "Imaging Pilot GmbH", "DE");
        Assert.Equal(["Short pilot on cell imaging"], await TitlesAsync(staff, "/staff/agreements?q=pilot&status=EndingSoon"));

        factory.Clock.SetToday(today.AddDays(1));
        staff = await factory.SignedInAsync(Roles.Staff);

        Assert.Empty(await TitlesAsync(staff, "/staff/agreements?q=pilot&status=EndingSoon"));
        Assert.Equal(["Short pilot on cell imaging"], await TitlesAsync(staff, "/staff/agreements?q=pilot&status=Ended"));
    }

    [Fact]
    public async Task A_staff_page_logs_no_warning()
    {
        using var factory = new RegistryFactory();
        var staff = await factory.SignedInAsync(Roles.Staff);
        var before = factory.Logs.Events.Count;

        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/staff/agreements?q=Medicen")).StatusCode);

        Assert.DoesNotContain(factory.Logs.Events.Skip(before), e => e.Level >= Serilog.Events.LogEventLevel.Warning);
    }

    private static async Task<IReadOnlyList<string>> TitlesAsync(HttpClient client, string url)
    {
        var page = await client.GetPageAsync(url);
        return page.QuerySelectorAll("#agreements tbody tr td:first-child a").Select(a => a.TextContent).ToList();
    }

    private static async Task<IReadOnlyList<string>> CountryOptionsAsync(HttpClient client)
    {
        var page = await client.GetPageAsync("/staff/agreements");
        return page.QuerySelectorAll("#country option").Select(o => o.GetAttribute("value") ?? "").ToList();
    }
}
