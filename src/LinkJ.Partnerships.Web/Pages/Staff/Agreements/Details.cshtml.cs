using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Staff.Agreements;

/// <summary>Everything about one agreement, including what the public never sees.</summary>
public sealed class DetailsModel(RegistryDbContext db, RegistryClock clock) : PageModel
{
    public AgreementView Agreement { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public AgreementStatus Status { get; private set; }

    public int EndingSoonDays => clock.EndingSoonDays;

    /// <summary>The renewal chain it belongs to, oldest first; one link when it renews nothing and nothing renews it.</summary>
    public IReadOnlyList<ChainLink> Chain { get; private set; } = [];

    public IReadOnlyList<AmendmentView> Amendments { get; private set; } = [];

    public IReadOnlyList<AttachmentListItem> Attachments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var agreement = await db.Agreements.AsNoTracking()
            .Where(a => a.Id == id)
            .Select(a => new AgreementView(
                a.Id, a.Type, a.Title, a.Summary, a.EffectiveOn, a.EffectiveOnAsStated, a.EffectiveOnIsInferred,
                a.TermKind, a.TermLength, a.TermUnit, a.EndsOn, a.PartnerOrdinal, a.Visibility,
                a.InternalNotes, a.DataQualityNotes, a.SourcePublisher, a.SourceTitle, a.SourcePublishedOn, a.SourceUrl,
                a.SourceIdentifier, a.SourceSha256, a.SourceText, a.CreatedAt, a.UpdatedAt,
                a.Parties.OrderBy(p => p.Organization.IsHome).ThenBy(p => p.Organization.Name)
                    .Select(p => new PartyView(p.OrganizationId, p.Organization.Name, p.Organization.LocalName, p.Organization.CountryCode, p.Role)).ToList(),
                a.Participants.OrderBy(p => p.Role).ThenBy(p => p.Person.Name)
                    .Select(p => new ParticipantView(p.PersonId, p.Person.Name, p.Person.LocalName, p.Role, p.Title, p.OrganizationId, p.Organization.Name)).ToList())
            {
                LocalTitle = a.LocalTitle,
                LocalSummary = a.LocalSummary,
                TermEndsOn = a.TermEndsOn,
                ExtendedTo = a.ExtendedTo,
                TerminatedOn = a.TerminatedOn,
                TerminationReason = a.TerminationReason,
                ArchivedAt = a.ArchivedAt,
            })
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);
        if (agreement is null)
        {
            return NotFound();
        }

        Agreement = agreement;
        Attachments = await AttachmentListItem.ForAgreementAsync(db, id, cancellationToken);
        Today = clock.Today;
        Status = agreement.Period.StatusOn(Today, clock.EndingSoonDays);
        Chain = await RenewalChain.OfAsync(db, id, cancellationToken);
        Amendments = await db.Amendments.AsNoTracking()
            .Where(m => m.AgreementId == id)
            .OrderBy(m => m.MadeOn).ThenBy(m => m.Id)
            .Select(m => new AmendmentView(m.Id, m.Kind, m.MadeOn, m.Description, m.Reason, m.ExtendsTo))
            .ToListAsync(cancellationToken);
        return Page();
    }

    public sealed record AgreementView(
        int Id, AgreementType Type, string Title, string? Summary, DateOnly EffectiveOn, string? EffectiveOnAsStated, bool EffectiveOnIsInferred,
        TermKind TermKind, int? TermLength, TermUnit? TermUnit, DateOnly? EndsOn, int? PartnerOrdinal, Visibility Visibility,
        string? InternalNotes, string? DataQualityNotes, string? SourcePublisher, string? SourceTitle, DateOnly? SourcePublishedOn, string? SourceUrl,
        string? SourceIdentifier, string? SourceSha256, string? SourceText, DateTime CreatedAt, DateTime UpdatedAt, IReadOnlyList<PartyView> Parties, IReadOnlyList<ParticipantView> People)
    {
        public string? LocalTitle { get; init; }

        public string? LocalSummary { get; init; }

        public DateOnly? TermEndsOn { get; init; }

        public DateOnly? ExtendedTo { get; init; }

        public DateOnly? TerminatedOn { get; init; }

        public string? TerminationReason { get; init; }

        public DateTime? ArchivedAt { get; init; }

        public AgreementPeriod Period => new(EffectiveOn, EndsOn, TerminatedOn is not null);
    }

    public sealed record AmendmentView(int Id, AmendmentKind Kind, DateOnly MadeOn, string Description, string? Reason, DateOnly? ExtendsTo);

    public sealed record PartyView(int Id, string Name, string? LocalName, string? CountryCode, PartyRole Role);

    public sealed record ParticipantView(int PersonId, string Name, string? LocalName, ParticipantRole Role, string? Title, int PartyId, string Party);
}
