using FluentValidation;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.Extensions.Localization;

namespace LinkJ.Partnerships.Web.Pages.Staff.Agreements;

/// <summary>Error keys are the query-string names, so each message sits next to its field and the criterion can be dropped.</summary>
public sealed class AgreementSearchValidator : AbstractValidator<AgreementSearch>
{
    public AgreementSearchValidator(IStringLocalizer<SharedResource> s)
    {
        var first = Agreement.EarliestDate.Year;
        var last = Agreement.LatestDate.Year;
        RuleFor(x => x.Query).MaximumLength(AgreementSearch.QueryMaxLength).OverridePropertyName("q")
            .WithMessage(s["Search for at most {0} characters.", AgreementSearch.QueryMaxLength]);
        RuleFor(x => x.Country).Must(c => string.IsNullOrEmpty(c) || Countries.IsValid(c.ToUpperInvariant())).OverridePropertyName("country")
            .WithMessage(s["Choose a country from the list."]);
        RuleFor(x => x.FromYear).InclusiveBetween(first, last).OverridePropertyName("from")
            .WithMessage(s["Enter a year from {0} to {1}.", first, last]);
        RuleFor(x => x.ToYear).InclusiveBetween(first, last).OverridePropertyName("to")
            .WithMessage(s["Enter a year from {0} to {1}.", first, last]);
        RuleFor(x => x.ToYear).GreaterThanOrEqualTo(x => x.FromYear).When(x => x.FromYear is not null && x.ToYear is not null)
            .OverridePropertyName("to").WithMessage(s["The last year cannot come before the first."]);
        RuleFor(x => x.EndsFrom).Must(d => d is null || Agreement.IsInDateRange(d.Value)).OverridePropertyName("endsFrom")
            .WithMessage(s["Enter a date from {0} to {1}.", Agreement.EarliestDate.ToString("O"), Agreement.LatestDate.ToString("O")]);
        RuleFor(x => x.EndsTo).Must(d => d is null || Agreement.IsInDateRange(d.Value)).OverridePropertyName("endsTo")
            .WithMessage(s["Enter a date from {0} to {1}.", Agreement.EarliestDate.ToString("O"), Agreement.LatestDate.ToString("O")]);
        RuleFor(x => x.EndsTo).GreaterThanOrEqualTo(x => x.EndsFrom).When(x => x.EndsFrom is not null && x.EndsTo is not null)
            .OverridePropertyName("endsTo").WithMessage(s["The last day cannot come before the first."]);
        RuleFor(x => x.Direction).Must(d => d is null or "asc" or "desc").OverridePropertyName("dir")
            .WithMessage(s["Sort ascending or descending."]);
    }
}
