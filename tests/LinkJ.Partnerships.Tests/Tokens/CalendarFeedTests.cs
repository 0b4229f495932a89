using System.Net;
using Ical.Net.CalendarComponents;
using LinkJ.Partnerships.Tests.Staff;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Calendar;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Reminders;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Tests.Tokens;

/// <summary>
/// The private calendar feed: turned on from /account/calendar, read by a calendar app with no session, parsed here
/// by Ical.Net. Regenerating, turning off or disabling the account makes the old address a 404 at once, and the
/// token never reaches a log.
/// </summary>
public sealed class CalendarFeedTests
{
    [Fact]
    public async Task The_feed_has_an_all_day_event_on_each_agreements_last_day_in_force_with_a_stable_uid_and_a_link()
    {
        using var factory = new RegistryFactory();
        factory.Settings["Registry:PublicBaseUrl"] = "https://registry.example.org";
        var internalId = await factory.AddAgreementAsync("Confidential pilot", new DateOnly(2025, 4, 1), Term.OfYears(2), "Hidden Bio KK", "JP", Visibility.Internal);
        await factory.AddAgreementAsync("Open pact", new DateOnly(2025, 4, 1), Term.OpenEnded, "Forever Ltd", "GB");
        var staff = await SignedInOverHttpsAsync(factory);
        var feed = await staff.TurnFeedOnAsync();
        var calendarApp = Https(factory);

        var response = await calendarApp.GetAsync(feed);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        TokenSteps.AssertPrivateNoStore(response);
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        var calendar = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;
        var ending = await factory.WithDbAsync(db => db.Agreements.Where(a => a.EndsOn != null).Select(a => new { a.Id, a.Title, a.EndsOn }).ToListAsync());
        Assert.Equal(ending.Count, calendar.Events.Count);
        foreach (var agreement in ending)
        {
            var item = Assert.Single(calendar.Events, e => e.Uid == $"agreement-{agreement.Id}-end@{CalendarFeed.UidDomain}");
            Assert.False(item.DtStart!.HasTime);
            Assert.Equal(agreement.EndsOn!.Value.AddDays(-1), item.DtStart.Date);
            Assert.Equal(agreement.EndsOn.Value, item.DtEnd!.Date);
            Assert.Contains(agreement.Title, item.Summary, StringComparison.Ordinal);
            Assert.Equal(new Uri($"https://registry.example.org/staff/agreements/{agreement.Id}"), item.Url);
        }

        Assert.Contains(calendar.Events, e => e.Uid!.StartsWith($"agreement-{internalId}-", StringComparison.Ordinal));
        Assert.DoesNotContain(calendar.Events, e => e.Summary!.Contains("Open pact", StringComparison.Ordinal));
        var again = Ical.Net.Calendar.Load(await (await calendarApp.GetAsync(feed)).Content.ReadAsStringAsync())!;
        Assert.Equal(calendar.Events.Select(e => e.Uid).Order(), again.Events.Select(e => e.Uid).Order());
    }

    [Fact]
    public async Task With_notice_points_each_agreement_also_has_180_90_30_and_7_days_before_and_the_day_after()
    {
        using var factory = new RegistryFactory();
        var staff = await factory.SignedInAsync(Roles.Staff);
        var feed = await staff.TurnFeedOnAsync(noticePoints: true);

        var calendar = Ical.Net.Calendar.Load(await factory.CreateClient().GetStringAsync(feed))!;

        var danish = await factory.WithDbAsync(db => db.Agreements.Where(a => a.Title.Contains("Denmark") || a.Title.Contains("Danish")).Select(a => new { a.Id, a.EndsOn }).FirstAsync());
        var lastDay = danish.EndsOn!.Value.AddDays(-1);
        CalendarEvent Point(string point) => Assert.Single(calendar.Events, e => e.Uid == $"agreement-{danish.Id}-{point}@{CalendarFeed.UidDomain}");
        Assert.Equal(lastDay, Point("end").DtStart!.Date);
        Assert.Equal(lastDay.AddDays(-180), Point("notice-180").DtStart!.Date);
        Assert.Equal(lastDay.AddDays(-90), Point("notice-90").DtStart!.Date);
        Assert.Equal(lastDay.AddDays(-30), Point("notice-30").DtStart!.Date);
        Assert.Equal(lastDay.AddDays(-7), Point("notice-7").DtStart!.Date);
        Assert.Equal(danish.EndsOn.Value, Point("ended").DtStart!.Date);
        Assert.All(calendar.Events, e => Assert.False(e.DtStart!.HasTime));
    }

    [Fact]
    public async Task The_feeds_notice_points_are_the_reminders_configured_ones_and_an_archived_agreement_leaves_the_feed()
    {
        using var factory = new RegistryFactory();
        factory.Settings["Reminders:NoticeDays:0"] = "60";
        factory.Settings["Reminders:AfterEndDays:0"] = "14";
        var archivedId = await factory.AddAgreementAsync("Shelved pact", new DateOnly(2025, 4, 1), Term.OfYears(2), "Shelf GmbH", "DE");
        await factory.WithDbAsync(db => db.Agreements.Where(a => a.Id == archivedId).ExecuteUpdateAsync(u => u.SetProperty(a => a.ArchivedAt, DateTime.UtcNow)));
        var staff = await factory.SignedInAsync(Roles.Staff);
        var feed = await staff.TurnFeedOnAsync(noticePoints: true);

        var calendar = Ical.Net.Calendar.Load(await factory.CreateClient().GetStringAsync(feed))!;

        var danish = await factory.WithDbAsync(db => db.Agreements.Where(a => a.Title.Contains("Denmark") || a.Title.Contains("Danish")).Select(a => new { a.Id, a.EndsOn }).FirstAsync());
        var points = calendar.Events.Where(e => e.Uid!.StartsWith($"agreement-{danish.Id}-", StringComparison.Ordinal)).ToDictionary(e => e.Uid!, e => e.DtStart!.Date);
        Assert.Equal(3, points.Count);
        Assert.Equal(danish.EndsOn!.Value.AddDays(-61), points[$"agreement-{danish.Id}-notice-60@{CalendarFeed.UidDomain}"]);
        Assert.Equal(danish.EndsOn.Value.AddDays(13), points[$"agreement-{danish.Id}-ended-14@{CalendarFeed.UidDomain}"]);
        Assert.DoesNotContain(calendar.Events, e => e.Uid!.StartsWith($"agreement-{archivedId}-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_regenerated_feed_leaves_the_old_address_a_404_at_once_and_turning_it_off_the_new_one()
    {
        using var factory = new RegistryFactory();
        var staff = await factory.SignedInAsync(Roles.Staff);
        var app = factory.CreateClient();
        var first = await staff.TurnFeedOnAsync();
        Assert.Equal(HttpStatusCode.OK, (await app.GetAsync(first)).StatusCode);

        var second = await staff.TurnFeedOnAsync();

        Assert.NotEqual(first, second);
        Assert.Equal(HttpStatusCode.NotFound, (await app.GetAsync(first)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.GetAsync(second)).StatusCode);

        var page = await staff.GetPageAsync("/account/calendar");
        var off = await staff.SubmitAsync((AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("form[action*='handler=Off']")!, "/account/calendar", []);
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        var gone = await app.GetAsync(second);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        TokenSteps.AssertPrivateNoStore(gone);
        Assert.Equal("no-referrer", Assert.Single(gone.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task A_disabled_accounts_feed_is_a_404_and_an_api_token_is_no_feed_nor_a_feed_token_a_bearer()
    {
        using var factory = new RegistryFactory();
        var staff = await factory.SignedInAsync(Roles.Staff);
        var feed = await staff.TurnFeedOnAsync();
        var apiToken = await staff.CreateTokenAsync();
        var app = factory.CreateClient();
        var feedToken = feed["/calendar/".Length..^".ics".Length];

        Assert.Equal(HttpStatusCode.NotFound, (await app.GetAsync(CalendarFeed.PathFor(apiToken))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.GetWithTokenAsync("/api/v1/staff/agreements", feedToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.GetAsync(feed)).StatusCode);

        await StaffApiTokenTests.DisableOwnerAsync(factory, feedToken);

        Assert.Equal(HttpStatusCode.NotFound, (await app.GetAsync(feed)).StatusCode);
    }

    [Fact]
    public async Task Each_user_reads_their_own_feed_and_one_users_regenerating_leaves_anothers_alone()
    {
        using var factory = new RegistryFactory();
        var alice = await factory.SignedInAsync(Roles.Staff);
        var bob = await factory.SignedInAsync(Roles.Admin);
        var aliceFeed = await alice.TurnFeedOnAsync(noticePoints: true);
        var bobFeed = await bob.TurnFeedOnAsync(noticePoints: false);
        var app = factory.CreateClient();

        var aliceEvents = Ical.Net.Calendar.Load(await app.GetStringAsync(aliceFeed))!.Events.Count;
        var bobEvents = Ical.Net.Calendar.Load(await app.GetStringAsync(bobFeed))!.Events.Count;
        await alice.TurnFeedOnAsync();

        Assert.Equal(bobEvents * (new ReminderOptions().Points.Count + 1), aliceEvents);
        Assert.Equal(HttpStatusCode.OK, (await app.GetAsync(bobFeed)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.GetAsync(aliceFeed)).StatusCode);
    }

    [Fact]
    public async Task The_feed_token_never_appears_in_the_logs_only_its_prefix()
    {
        using var factory = new RegistryFactory();
        var staff = await factory.SignedInAsync(Roles.Staff);
        var feed = await staff.TurnFeedOnAsync();
        var token = feed["/calendar/".Length..^".ics".Length];
        var app = factory.CreateClient();

        await app.GetAsync(feed);
        await app.GetAsync(feed + "?x=1");
        await staff.TurnFeedOnAsync();
        await app.GetAsync(feed);

        var lines = factory.Logs.Lines;
        Assert.Contains(lines, line => line.Contains("/calendar/" + token[..AccessToken.PrefixLength] + "…", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.Contains(token[AccessToken.PrefixLength..], StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.Contains(token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_feed_is_rate_limited()
    {
        using var factory = new RegistryFactory();
        factory.Settings["CalendarFeed:PermitsPerWindow"] = "2";
        factory.Settings["CalendarFeed:WindowSeconds"] = "600";
        var app = factory.CreateClient();

        await app.GetAsync(CalendarFeed.PathFor("ljcal_guess1"));
        await app.GetAsync(CalendarFeed.PathFor("ljcal_guess2"));
        var limited = await app.GetAsync(CalendarFeed.PathFor("ljcal_guess3"));

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.NotNull(limited.Headers.RetryAfter);
    }

    private static HttpClient Https(RegistryFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://registry.example.org"), AllowAutoRedirect = false });

    private static async Task<HttpClient> SignedInOverHttpsAsync(RegistryFactory factory)
    {
        var email = await factory.CreateUserAsync(Roles.Staff);
        var client = Https(factory);
        var response = await client.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = email, ["Input.Password"] = RegistryFactory.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}
