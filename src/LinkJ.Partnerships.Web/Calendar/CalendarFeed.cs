using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Infrastructure;
using LinkJ.Partnerships.Web.Infrastructure.Security;
using LinkJ.Partnerships.Web.Infrastructure.Security.Tokens;
using LinkJ.Partnerships.Web.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace LinkJ.Partnerships.Web.Calendar;

/// <summary>
/// <c>/calendar/{token}.ics</c>: one user's private iCalendar feed (RFC 5545, written by Ical.Net). An all-day event
/// on each agreement's last day in force and, if the feed was turned on with them, its notice points: the reminders'
/// own (<see cref="ReminderOptions.Points"/>), before and after it ends. Archived agreements are left out. Each
/// event's UID is fixed by the agreement and the point, so a calendar updates it rather than adding another. The
/// token is the only credential: an unknown, regenerated or turned-off token, or a disabled account, gets 404; the
/// address is rate limited, masked in logs (<see cref="TokenMasking"/>), never cached and never sent on as a referrer.
/// </summary>
public static class CalendarFeed
{
    public const string ContentType = "text/calendar; charset=utf-8";

    /// <summary>The UIDs' domain: fixed, so UIDs stay the same whatever address the registry is served from.</summary>
    public const string UidDomain = "partnerships.link-j.org";

    public static string PathFor(string secret) => $"/calendar/{secret}.ics";

    public static WebApplication MapCalendarFeed(this WebApplication app)
    {
        app.MapMethods("/calendar/{token}.ics", [HttpMethods.Get, HttpMethods.Head], FeedAsync)
            .AllowCalendarFeed()
            .RequireRateLimiting(Api.ApiRateLimit.CalendarPolicy)
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>Who may see which agreements in a feed: today every Staff or Admin account sees all of them, internal ones too.</summary>
    public static bool SeesEveryAgreement(IReadOnlyList<string> roles) => roles.Contains(Roles.Staff) || roles.Contains(Roles.Admin);

    private static async Task<IResult> FeedAsync(
        string token, HttpContext http, AccessTokenVerifier verifier, RegistryDbContext db, TimeProvider time, PublicAddress address,
        IStringLocalizer<SharedResource> s, IOptions<ReminderOptions> reminders, CancellationToken cancellationToken)
    {
        var headers = http.Response.Headers;
        headers.CacheControl = "private, no-store";
        headers["Referrer-Policy"] = "no-referrer";
        var holder = await verifier.VerifyAsync(token, TokenPurpose.Calendar, cancellationToken);
        if (holder is null)
        {
            return Results.Text("No such calendar feed.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }

        var agreements = SeesEveryAgreement(holder.Roles) ? await EndingAsync(db, cancellationToken) : [];
        var calendar = Write(agreements, holder.IncludeNoticePoints ? reminders.Value.Points : [], time.GetUtcNow().UtcDateTime, address, s);
        return Results.Text(new CalendarSerializer().SerializeToString(calendar), ContentType);
    }

    private static async Task<List<Ending>> EndingAsync(RegistryDbContext db, CancellationToken cancellationToken)
    {
        var agreements = await db.Agreements.AsNoTracking().Current().Where(a => a.EndsOn != null)
            .OrderBy(a => a.EndsOn).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.Title, EndsOn = a.EndsOn!.Value })
            .ToListAsync(cancellationToken);
        var parties = (await db.AgreementParties.AsNoTracking().Where(p => p.Agreement.EndsOn != null && p.Agreement.ArchivedAt == null)
                .OrderBy(p => p.Organization.IsHome).ThenBy(p => p.Organization.Name)
                .Select(p => new { p.AgreementId, p.Organization.Name })
                .ToListAsync(cancellationToken))
            .ToLookup(p => p.AgreementId, p => p.Name);
        return agreements.Select(a => new Ending(a.Id, a.Title, a.EndsOn, parties[a.Id].ToList())).ToList();
    }

    /// <param name="noticePoints">In days from the last day in force, as the reminders count them: 90 before it, −1 the day after it.</param>
    public static Ical.Net.Calendar Write(IEnumerable<Ending> agreements, IReadOnlyList<int> noticePoints, DateTime utcNow, PublicAddress address, IStringLocalizer s)
    {
        var calendar = new Ical.Net.Calendar { Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", s["LINK-J agreements ending"].Value);
        var stamp = new CalDateTime(utcNow, "UTC");
        foreach (var agreement in agreements)
        {
            var lastDay = new AgreementPeriod(DateOnly.MinValue, agreement.EndsOn).LastDayInForce!.Value;
            var link = address.Link($"/staff/agreements/{agreement.Id}");
            var description = $"{string.Join(" · ", agreement.Parties)}\n{link}";

            CalendarEvent Event(string point, DateOnly day, string summary)
            {
                var item = new CalendarEvent
                {
                    Uid = $"agreement-{agreement.Id}-{point}@{UidDomain}",
                    DtStamp = stamp,
                    DtStart = new CalDateTime(day),
                    DtEnd = new CalDateTime(day.AddDays(1)),
                    Summary = summary,
                    Description = description,
                    Transparency = "TRANSPARENT",
                };
                if (address.IsAbsolute)
                {
                    item.Url = new Uri(link);
                }

                return item;
            }

            calendar.Events.Add(Event("end", lastDay, s["Last day in force: {0}", agreement.Title].Value));
            foreach (var point in noticePoints.Distinct())
            {
                var day = NoticePoints.DueOn(agreement.EndsOn, point);
                calendar.Events.Add(point >= 0
                    ? Event($"notice-{point}", day, s["{0} days to the last day in force: {1}", point, agreement.Title].Value)
                    : Event(point == -1 ? "ended" : $"ended-{-point}", day, s["Ended: {0}", agreement.Title].Value));
            }
        }

        return calendar;
    }

    /// <summary>An agreement with an end date: <see cref="EndsOn"/> is the first day no longer in force.</summary>
    public sealed record Ending(int Id, string Title, DateOnly EndsOn, IReadOnlyList<string> Parties);
}
