using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace LinkJ.Partnerships.Tests.Reminders;

/// <summary>Agreements ending on chosen days and accounts that want digests, on a test app; far enough ahead that no seeded agreement reaches a notice point then.</summary>
public static class ReminderData
{
    /// <summary>A Monday, Tokyo.</summary>
    public static readonly DateOnly Monday = new(2040, 3, 5);

    public static Task<int> AddAgreementAsync(this RegistryFactory factory, string title, DateOnly lastDayInForce, Visibility visibility = Visibility.Public) =>
        factory.WithDbAsync(async (RegistryDbContext db) =>
        {
            using var actor = AuditActor.As("test");
            var home = await db.Organizations.SingleAsync(o => o.IsHome);
            var medicen = await db.Organizations.SingleAsync(o => o.Slug == "medicen-paris-region");
            var agreement = new Agreement(AgreementType.Mou, title, lastDayInForce.AddYears(-2), Term.Until(lastDayInForce.AddDays(1))) { Visibility = visibility };
            agreement.AddParty(home);
            agreement.AddParty(medicen);
            db.Agreements.Add(agreement);
            await db.SaveChangesAsync();
            return agreement.Id;
        });

    /// <summary>A new account of <paramref name="role"/> with the given digest; returns its email.</summary>
    public static async Task<string> AddReaderAsync(this RegistryFactory factory, DigestFrequency digest, string role = Roles.Staff, string? language = null, bool disabled = false)
    {
        var email = await factory.CreateUserAsync(role);
        await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).ExecuteUpdateAsync(s => s
            .SetProperty(u => u.Digest, digest)
            .SetProperty(u => u.Language, language)
            .SetProperty(u => u.DisabledAt, disabled ? new DateTime(2040, 1, 1, 0, 0, 0, DateTimeKind.Utc) : null)));
        return email;
    }

    public static Task<ReminderRunResult> RunRemindersAsync(this RegistryFactory factory, DateOnly day) =>
        factory.Services.GetRequiredService<ReminderRun>().RunAsync(day, CancellationToken.None);

    public static Task<List<OutboxMessage>> OutboxAsync(this RegistryFactory factory) =>
        factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync());

    public static IReadOnlyList<MimeMessage> To(this IReadOnlyList<MimeMessage> messages, string email) =>
        messages.Where(m => m.To.Mailboxes.Any(a => a.Address == email)).ToList();

    /// <summary>How many times <paramref name="text"/> occurs in <paramref name="body"/>.</summary>
    public static int Count(this string? body, string text) =>
        body is null ? 0 : (body.Length - body.Replace(text, string.Empty, StringComparison.Ordinal).Length) / text.Length;
}
