using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Infrastructure.Localization;
using LinkJ.Partnerships.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LinkJ.Partnerships.Web.Reminders;

/// <summary>
/// Writes each due recipient's digest into the outbox: every notice of theirs not yet in a digest, one line per
/// notice point, in their language. The message and the notices' link to it are one save, so a notice is in exactly
/// one digest; an empty digest is not written.
/// </summary>
public sealed class DigestWriter(IStringLocalizer<SharedResource> localizer, PublicAddress address, TimeProvider time, ILogger<DigestWriter> logger)
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static string KeyFor(string userId, DateOnly day) => $"digest:{userId}:{day:yyyy-MM-dd}";

    public async Task<int> WriteAsync(RegistryDbContext db, DateOnly day, IEnumerable<Recipient> recipients, CancellationToken cancellationToken)
    {
        var written = 0;
        foreach (var recipient in recipients.Where(r => r.IsDueOn(day)))
        {
            var key = KeyFor(recipient.UserId, day);
            if (await db.OutboxMessages.AnyAsync(m => m.Key == key, cancellationToken))
            {
                continue;
            }

            var notices = await db.ReminderNotices.Where(n => n.UserId == recipient.UserId && n.MessageId == null).ToListAsync(cancellationToken);
            if (notices.Count == 0)
            {
                continue;
            }

            var ids = notices.Select(n => n.AgreementId).Distinct().ToList();
            // An agreement archived since its notice was written is left out of the digest.
            var agreements = await db.Agreements.AsNoTracking().Current()
                .Where(a => ids.Contains(a.Id))
                .Select(a => new DigestAgreement(a.Id, a.Title, a.EndsOn, a.Visibility, a.Parties.Select(p => p.Organization.Name).ToList()))
                .ToDictionaryAsync(a => a.Id, cancellationToken);
            var message = Compose(key, recipient, day, notices.Where(n => agreements.ContainsKey(n.AgreementId)).Select(n => (n, agreements[n.AgreementId])).ToList());
            db.OutboxMessages.Add(message);
            notices.ForEach(n => n.Message = message);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                written++;
            }
            catch (DbUpdateException)
            {
                // Another run wrote this digest first (its key is unique); its notices went with it.
                db.ChangeTracker.Clear();
                logger.LogInformation("Digest {Key} was written by another run", key);
            }
        }

        return written;
    }

    private OutboxMessage Compose(string key, Recipient recipient, DateOnly day, List<(ReminderNotice Notice, DigestAgreement Agreement)> items)
    {
        var (ui, culture) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = recipient.Language == Languages.Japanese.Name ? Languages.Japanese : Languages.English;
        try
        {
            var lines = items
                .Select(i => Line(i.Notice, i.Agreement, day))
                .OrderBy(l => l.DaysLeft).ThenBy(l => l.Title, StringComparer.Ordinal)
                .ToList();
            var now = time.GetUtcNow().UtcDateTime;
            return new OutboxMessage
            {
                Key = key,
                To = recipient.Email,
                Subject = localizer["LINK-J Partnerships: {0} agreements reached a notice point", lines.Count],
                TextBody = Text(lines),
                HtmlBody = HtmlBody(lines),
                CreatedAt = now,
                NextAttemptAt = now,
            };
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, culture);
        }
    }

    private DigestLine Line(ReminderNotice notice, DigestAgreement agreement, DateOnly day)
    {
        var lastDay = (agreement.EndsOn ?? notice.EndsOn).AddDays(-1);
        var daysLeft = lastDay.DayNumber - day.DayNumber;
        string when = daysLeft switch
        {
            > 0 => localizer["{0} days left; the last day in force is {1}", daysLeft, Languages.Date(lastDay)],
            0 => localizer["Today is the last day in force ({0})", Languages.Date(lastDay)],
            _ => localizer["Ended; the last day in force was {0}", Languages.Date(lastDay)],
        };
        var parties = localizer["Parties: {0}", string.Join(Languages.CurrentIsJapanese ? "、" : ", ", agreement.Parties.Order(StringComparer.Ordinal))];
        var title = agreement.Visibility == Domain.Visibility.Internal ? $"{agreement.Title} ({localizer["Internal"]})" : agreement.Title;
        return new DigestLine(title, parties, when, daysLeft, address.Link($"/staff/agreements/{agreement.Id}"));
    }

    private string Text(List<DigestLine> lines)
    {
        var text = new StringBuilder();
        text.AppendLine(localizer["These agreements reached a notice point since your last digest."]).AppendLine();
        foreach (var line in lines)
        {
            text.AppendLine($"- {line.Title}").AppendLine($"  {line.Parties}").AppendLine($"  {line.When}").AppendLine($"  {line.Link}").AppendLine();
        }

        text.AppendLine(localizer["Choose a daily or weekly digest, or none, on your settings page: {0}", address.Link("/account/settings")]);
        return text.ToString();
    }

    private string HtmlBody(List<DigestLine> lines)
    {
        var html = new StringBuilder($"<!DOCTYPE html><html lang=\"{CultureInfo.CurrentUICulture.TwoLetterISOLanguageName}\"><body>");
        html.Append($"<p>{Html.Encode(localizer["These agreements reached a notice point since your last digest."])}</p><ul>");
        foreach (var line in lines)
        {
            html.Append($"<li><a href=\"{Html.Encode(line.Link)}\">{Html.Encode(line.Title)}</a><br>{Html.Encode(line.Parties)}<br>{Html.Encode(line.When)}</li>");
        }

        var settings = address.Link("/account/settings");
        html.Append($"</ul><p>{Html.Encode(localizer["Choose a daily or weekly digest, or none, on your settings page: {0}", string.Empty])}<a href=\"{Html.Encode(settings)}\">{Html.Encode(settings)}</a></p></body></html>");
        return html.ToString();
    }

    private sealed record DigestAgreement(int Id, string Title, DateOnly? EndsOn, Domain.Visibility Visibility, List<string> Parties);

    private sealed record DigestLine(string Title, string Parties, string When, int DaysLeft, string Link);
}
