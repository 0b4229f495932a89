using FluentValidation;
using FluentValidation.Results;
using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LinkJ.Partnerships.Web.Pages.Admin.Agreements;

/// <summary>
/// Every rule of the agreement form, the duplicate rule included. The page reads the organizations the form names once,
/// and hands them over with <see cref="ContextFor"/>; without them the validator reads them itself.
/// </summary>
public sealed class AgreementInputValidator : AbstractValidator<AgreementInput>
{
    public AgreementInputValidator(RegistryDbContext db, IStringLocalizer<SharedResource> s)
    {
        RuleFor(x => x.Type).IsInEnum();
        RuleFor(x => x.Title).NotEmpty().MaximumLength(Agreement.TitleMaxLength);
        RuleFor(x => x.Summary).MaximumLength(Agreement.SummaryMaxLength);
        RuleFor(x => x.LocalTitle).MaximumLength(Agreement.TitleMaxLength);
        RuleFor(x => x.LocalSummary).MaximumLength(Agreement.SummaryMaxLength);
        RuleFor(x => x.EffectiveOn).NotNull().WithMessage(_ => s["Enter the date the agreement takes effect."]).InRegistryRange();
        RuleFor(x => x.EffectiveOnAsStated).MaximumLength(Agreement.StatedDateMaxLength);

        RuleFor(x => x.TermKind).IsInEnum();
        RuleFor(x => x.TermUnit).IsInEnum();
        When(x => x.TermKind == TermKind.Duration, () =>
        {
            RuleFor(x => x.TermLength).NotNull().WithMessage(_ => s["Enter the length of the term."])
                .Must((x, length) => Term.IsWithinLimits(length!.Value, x.TermUnit))
                .When(x => x.TermLength is not null, ApplyConditionTo.CurrentValidator)
                .WithMessage(_ => s["A term runs from {0} month to {1} years.", Term.MinMonths, Term.MaxYears]);
        });
        When(x => x.TermKind == TermKind.FixedEndDate, () =>
        {
            RuleFor(x => x.EndsOn).NotNull().WithMessage(_ => s["Enter the end date, or choose another kind of term."])
                .InRegistryRange()
                .Must((x, end) => x.EffectiveOn is null || end > x.EffectiveOn).WithMessage(_ => s["The end date must come after the effective date."]);
        });

        RuleFor(x => x.PartnerOrdinal).InclusiveBetween(1, 100_000);
        RuleFor(x => x.Visibility).IsInEnum();
        RuleFor(x => x.InternalNotes).MaximumLength(Agreement.NotesMaxLength);
        RuleFor(x => x.DataQualityNotes).MaximumLength(Agreement.NotesMaxLength);
        RuleFor(x => x.SourcePublisher).MaximumLength(Agreement.SourcePublisherMaxLength);
        RuleFor(x => x.SourceTitle).MaximumLength(Agreement.SourceTitleMaxLength);
        RuleFor(x => x.SourcePublishedOn).InRegistryRange();
        RuleFor(x => x.SourceUrl).MaximumLength(Agreement.SourceUrlMaxLength).WebAddress();

        RuleForEach(x => x.Parties).ChildRules(party => party.RuleFor(p => p.Role).IsInEnum());
        RuleForEach(x => x.People).ChildRules(person =>
        {
            person.RuleFor(p => p.Name).NotEmpty().WithMessage(_ => s["Enter the person's name, or clear the row."])
                .MaximumLength(Person.NameMaxLength).When(p => !p.IsBlank);
            person.RuleFor(p => p.Title).MaximumLength(AgreementParticipant.TitleMaxLength);
            person.RuleFor(p => p.Party).NotEmpty().WithMessage(_ => s["Say which party the person acted for."]).When(p => !p.IsBlank);
            person.RuleFor(p => p.Role).IsInEnum();
        });

        RuleFor(x => x).CustomAsync(async (input, context, cancellationToken) =>
        {
            var known = context.RootContextData.TryGetValue(nameof(NamedOrganizationsAsync), out var given)
                ? (Dictionary<string, Organization>)given
                : await NamedOrganizationsAsync(db, input, cancellationToken);
            var seen = new HashSet<string>();
            var failed = false;
            void Fail(string property, string message)
            {
                context.AddFailure(new ValidationFailure(property, message));
                failed = true;
            }

            foreach (var (index, row) in input.FilledParties)
            {
                var name = Names.Normalize(row.Organization!);
                if (!known.ContainsKey(name))
                {
                    Fail($"Parties[{index}].Organization", s["There is no organization called “{0}”. Pick one from the list, or add it under New organization.", row.Organization!.Trim()]);
                }
                else if (!seen.Add(name))
                {
                    Fail($"Parties[{index}].Organization", s["This organization is already a party."]);
                }
            }

            if (seen.Count < Agreement.MinimumParties)
            {
                Fail(nameof(AgreementInput.Parties), s["An agreement needs at least {0} different parties.", FormRules.InWords(Agreement.MinimumParties)]);
            }

            foreach (var (index, row) in input.FilledPeople.Where(p => !string.IsNullOrWhiteSpace(p.Row.Party)))
            {
                if (!seen.Contains(Names.Normalize(row.Party!)))
                {
                    Fail($"People[{index}].Party", s["“{0}” is not one of the parties above.", row.Party!.Trim()]);
                }
            }

            if (!failed && input.EffectiveOn is { } effectiveOn
                && await DuplicateAgreements.FindAsync(db, input.Type, effectiveOn, [.. seen.Select(n => known[n].Id)], input.Id == 0 ? null : input.Id, cancellationToken) is { } duplicate)
            {
                context.AddFailure(new ValidationFailure(string.Empty, s["An agreement of the same type between the same parties with the same effective date is already registered."]) { CustomState = new Duplicate(duplicate) });
            }
        });
    }

    /// <summary>The stored agreement that the input would duplicate, carried by the duplicate rule's failure.</summary>
    public sealed record Duplicate(int AgreementId);

    /// <summary>Validation of the input against organizations the caller has already read with <see cref="NamedOrganizationsAsync"/>.</summary>
    public static ValidationContext<AgreementInput> ContextFor(AgreementInput input, Dictionary<string, Organization> named) =>
        new(input) { RootContextData = { [nameof(NamedOrganizationsAsync)] = named } };

    /// <summary>The organizations the input names, as parties or as those people acted for: tracked, by normalized name.</summary>
    public static async Task<Dictionary<string, Organization>> NamedOrganizationsAsync(RegistryDbContext db, AgreementInput input, CancellationToken cancellationToken)
    {
        var names = input.FilledParties.Select(p => p.Row.Organization!).Concat(input.FilledPeople.Select(p => p.Row.Party).OfType<string>())
            .Select(Names.Normalize).Distinct().ToList();
        return await db.Organizations.Where(o => names.Contains(o.NormalizedName)).ToDictionaryAsync(o => o.NormalizedName, cancellationToken);
    }
}
