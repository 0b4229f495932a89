using System.Text.Json;
using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Admin.Audit;

/// <summary>The audit trail, newest first, filtered by who, what and when. Read-only: nothing here changes it.</summary>
public sealed class IndexModel(RegistryDbContext db) : PageModel
{
    public static readonly IReadOnlyList<string> EntityTypes = ["Agreement", "AgreementParty", "AgreementParticipant", "Attachment", "Organization", "Person", "Account", "AccountRole", "CsvImport"];

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    [BindProperty(SupportsGet = true, Name = "user")]
    public string? ByUser { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Entity { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? EntityId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? AgreementId { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    public IReadOnlyList<Row> Entries { get; private set; } = [];

    public IReadOnlyList<string> UserNames { get; private set; } = [];

    public Paging Paging { get; private set; } = Paging.For(1, null, 0);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(ByUser))
        {
            entries = entries.Where(a => a.UserName == ByUser.Trim());
        }

        if (!string.IsNullOrWhiteSpace(Entity))
        {
            entries = entries.Where(a => a.EntityType == Entity);
        }

        if (!string.IsNullOrWhiteSpace(EntityId))
        {
            entries = entries.Where(a => a.EntityId == EntityId.Trim());
        }

        if (AgreementId is { } agreementId)
        {
            entries = entries.Where(a => a.AgreementId == agreementId);
        }

        if (From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            entries = entries.Where(a => a.OccurredAt >= start);
        }

        if (To is { } to && to < DateOnly.MaxValue)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            entries = entries.Where(a => a.OccurredAt < end);
        }

        Paging = Paging.For(PageNumber, 50, await entries.CountAsync(cancellationToken));
        var rows = await entries.OrderByDescending(a => a.Id)
            .Skip(Paging.Skip).Take(Paging.PageSize)
            .Select(a => new { a.Id, a.OccurredAt, a.UserName, a.Action, a.EntityType, a.EntityId, a.AgreementId, a.Changes })
            .ToListAsync(cancellationToken);
        Entries = [.. rows.Select(a => new Row(a.Id, a.OccurredAt, a.UserName, a.Action, a.EntityType, a.EntityId, a.AgreementId, Parse(a.Changes)))];
        UserNames = await db.AuditEntries.AsNoTracking().Where(a => a.UserName != null).Select(a => a.UserName!).Distinct().OrderBy(n => n).ToListAsync(cancellationToken);
    }

    private static IReadOnlyList<AuditChange> Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<List<AuditChange>>(json, JsonOptions) ?? [];
        }
        catch (JsonException)
        {
            return [new AuditChange("(unreadable)", null, json)];
        }
    }

    public sealed record Row(long Id, DateTime OccurredAt, string? UserName, AuditAction Action, string EntityType, string EntityId, int? AgreementId, IReadOnlyList<AuditChange> Changes);
}
