using LinkJ.Partnerships.Web.Domain;

namespace LinkJ.Partnerships.Web.Pages.Admin.Agreements;

/// <summary>The end date and status the entered term gives, shown before saving.</summary>
public sealed record TermPreview(DateOnly EffectiveOn, DateOnly? EndsOn, AgreementStatus Status)
{
    public DateOnly? LastDayInForce => EndsOn?.AddDays(-1);

    public static TermPreview? For(AgreementInput input, DateOnly today, int endingSoonDays)
    {
        if (input.EffectiveOn is not { } effective || !Agreement.IsInDateRange(effective) || input.TryTerm() is not { } term)
        {
            return null;
        }

        var endsOn = term.EndDateFrom(effective);
        if (endsOn <= effective)
        {
            return null;
        }

        return new TermPreview(effective, endsOn, new AgreementPeriod(effective, endsOn).StatusOn(today, endingSoonDays));
    }
}
