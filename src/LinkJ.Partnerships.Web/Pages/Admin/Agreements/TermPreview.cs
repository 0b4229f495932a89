using LinkJ.Partnerships.Web.Domain;

namespace LinkJ.Partnerships.Web.Pages.Admin.Agreements;

/// <summary>The end date and status the entered term gives, shown before saving.</summary>
public sealed record TermPreview(AgreementPeriod Period, AgreementStatus Status)
{
    public static TermPreview? For(AgreementInput input, DateOnly today, int endingSoonDays)
    {
        if (input.EffectiveOn is not { } effective || !Agreement.IsInDateRange(effective) || input.TryTerm() is not { } term
            || term.EndDateFrom(effective) <= effective)
        {
            return null;
        }

        var period = new AgreementPeriod(effective, term.EndDateFrom(effective));
        return new TermPreview(period, period.StatusOn(today, endingSoonDays));
    }
}
