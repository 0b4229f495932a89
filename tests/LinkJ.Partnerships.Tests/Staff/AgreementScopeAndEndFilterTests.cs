using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Pages.Staff.Agreements;

namespace LinkJ.Partnerships.Tests.Staff;

/// <summary>Today is 2026-11-24 (Tokyo): the quarter runs from 2026-10-01 to 2026-12-31.</summary>
public sealed class AgreementScopeAndEndFilterTests
{
    [Fact]
    public async Task LINK_Js_own_agreements_and_the_ecosystems_are_listed_apart()
    {
        using var factory = new RegistryFactory();
        var client = await factory.SignedInAsync(Roles.Staff);

        var own = Titles(await client.GetPageAsync("/staff/agreements?scope=Home"));
        var ecosystem = Titles(await client.GetPageAsync("/staff/agreements?scope=Ecosystem"));

        Assert.Equal(2, own.Count);
        Assert.DoesNotContain(own, t => t.Contains("Pistoia", StringComparison.Ordinal));
        Assert.Equal(["Partnership between the Pistoia Alliance and Matador Japan"], ecosystem);
    }

    [Fact]
    public async Task The_this_quarter_link_lists_what_ends_in_the_current_quarter_in_Tokyo_by_end_date()
    {
        using var factory = new RegistryFactory();
        factory.CreateClient();
        await factory.AddAgreementAsync("Ends on the quarter's first day", new DateOnly(2023, 10, 1), Term.OfYears(3), "Kyoto Biotech", "JP");
        await factory.AddAgreementAsync("Ends on the quarter's last day", new DateOnly(2024, 12, 31), Term.OfYears(2), "Basel Pharma", "CH");
        await factory.AddAgreementAsync("Ends the day after the quarter", new DateOnly(2025, 1, 1), Term.OfYears(2), "Boston Labs", "US");
        await factory.AddAgreementAsync("Ended the day before it", new DateOnly(2023, 9, 30), Term.OfYears(3), "Lyon Health", "FR");
        var client = await factory.SignedInAsync(Roles.Staff);
        var list = await client.GetPageAsync("/staff/agreements");

        var quarter = await client.GetPageAsync(list.QuerySelector("#this-quarter")!.GetAttribute("href")!);

        Assert.Equal(["Ends on the quarter's first day", "Ends on the quarter's last day"], Titles(quarter));
        Assert.Equal("2026-10-01", quarter.QuerySelector("#endsFrom")!.GetAttribute("value"));
        Assert.Equal("2026-12-31", quarter.QuerySelector("#endsTo")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_quarter_is_the_calendar_quarter_of_the_day() =>
        await Task.WhenAll(
            Check(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)),
            Check(new DateOnly(2026, 6, 30), new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30)),
            Check(new DateOnly(2026, 12, 31), new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31)));

    [Theory]
    [InlineData("endsFrom=yesterday", "endsFrom", "Enter a date such as 2026-12-31.")]
    [InlineData("endsFrom=2026-12-01&endsTo=2026-11-01", "endsTo", "The last day cannot come before the first.")]
    [InlineData("endsTo=2200-01-01", "endsTo", "Enter a date from 1900-01-01 to 2100-12-31.")]
    public async Task Bad_end_dates_get_a_message_next_to_their_field_and_the_rest_of_the_search_runs(string query, string field, string message)
    {
        using var factory = new RegistryFactory();
        var client = await factory.SignedInAsync(Roles.Staff);

        var response = await client.GetAsync($"/staff/agreements?{query}&scope=Ecosystem");
        var page = await response.ReadHtmlAsync();

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, page.QuerySelector($"#{field}-error")!.TextContent.Trim());
        Assert.Equal("Ecosystem", page.QuerySelector("#scope option[selected]")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("#result-count"));
    }

    private static Task Check(DateOnly day, DateOnly first, DateOnly last)
    {
        Assert.Equal((first, last), AgreementSearch.QuarterOf(day));
        return Task.CompletedTask;
    }

    private static List<string> Titles(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [.. page.QuerySelectorAll("main table tbody tr td:first-child a").Select(a => a.TextContent.Trim())];
}
