using FluentValidation;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Domain.Instruments;

namespace Samenwerking.Web.Features.Arrangements.Editing;

/// <summary>
/// The rules for an arrangement, in Dutch. The form runs them while the editor types, the service again before
/// saving; the database holds the same rules as constraints (see docs/decisions/0003).
/// </summary>
public sealed class ArrangementFormValidator : AbstractValidator<ArrangementForm>
{
    public ArrangementFormValidator()
    {
        RuleFor(a => a.Name).NotEmpty().WithMessage("Vul de naam in.")
            .MaximumLength(Arrangement.NameMaxLength).WithMessage(TooLong(Arrangement.NameMaxLength));
        RuleFor(a => a.ShortName).MaximumLength(Arrangement.ShortNameMaxLength).WithMessage(TooLong(Arrangement.ShortNameMaxLength));
        RuleFor(a => a.GoalLevel).NotNull().WithMessage("Kies het doel van de samenwerking.");
        RuleFor(a => a.LegalForm).NotNull().WithMessage("Kies de rechtsvorm.");
        RuleFor(a => a.Purpose).MaximumLength(Arrangement.TextMaxLength).WithMessage(TooLong(Arrangement.TextMaxLength));
        RuleFor(a => a.PublicInterest).MaximumLength(Arrangement.TextMaxLength).WithMessage(TooLong(Arrangement.TextMaxLength));
        RuleFor(a => a.Seat).MaximumLength(Arrangement.SeatMaxLength).WithMessage(TooLong(Arrangement.SeatMaxLength));
        RuleFor(a => a.Address).MaximumLength(Arrangement.AddressMaxLength).WithMessage(TooLong(Arrangement.AddressMaxLength));
        RuleFor(a => a.ZienswijzeDecisions).MaximumLength(Arrangement.TextMaxLength).WithMessage(TooLong(Arrangement.TextMaxLength));
        RuleFor(a => a.AdvisoryCommittee).MaximumLength(Arrangement.AdvisoryCommitteeMaxLength).WithMessage(TooLong(Arrangement.AdvisoryCommitteeMaxLength));
        RuleFor(a => a.HasAdvisoryCommittee).Must(has => has != true).When(a => a.LegalForm != Domain.LegalForm.OpenbaarLichaam)
            .WithMessage(InstrumentMessages.AdvisoryCommitteeOnlyOpenbaarLichaam);
        RuleFor(a => a.AdvisoryCommittee).Empty().When(a => a.HasAdvisoryCommittee != true)
            .WithMessage(InstrumentMessages.AdvisoryCommitteeOnlyWhenThere);
        RuleFor(a => a.ResidentParticipation).MaximumLength(Arrangement.TextMaxLength).WithMessage(TooLong(Arrangement.TextMaxLength));
        RuleFor(a => a.EvaluationPeriodYears).InclusiveBetween(Arrangement.MinEvaluationPeriodYears, Arrangement.MaxEvaluationPeriodYears)
            .WithMessage(InstrumentMessages.EvaluationPeriod);
        RuleFor(a => a.ExitNoticeMonths).InclusiveBetween(0, Arrangement.MaxExitNoticeMonths).WithMessage(InstrumentMessages.ExitNotice);
        RuleFor(a => a.ExitCosts).MaximumLength(Arrangement.TextMaxLength).WithMessage(TooLong(Arrangement.TextMaxLength));
        RuleFor(a => a.ExitRules).MaximumLength(Arrangement.TextMaxLength).WithMessage(TooLong(Arrangement.TextMaxLength));
        RuleFor(a => a.AmendedOn).Null().When(a => a.AmendmentStatus != AmendmentStatus.Aangepast)
            .WithMessage(InstrumentMessages.AmendedOnlyWhenAdapted);
        RuleFor(a => a.AmendedOn).GreaterThanOrEqualTo(new DateTime(2022, 1, 1)).WithMessage(InstrumentMessages.AmendedTooEarly);
        RuleFor(a => a.EndDate).GreaterThan(a => a.StartDate).When(a => a.StartDate is not null && a.EndDate is not null)
            .WithMessage("De einddatum moet na de begindatum liggen.");

        RuleFor(a => a.CentralMunicipalityCode)
            .NotEmpty().WithMessage("Een centrumregeling heeft een centrumgemeente.")
            .Must((form, code) => form.Memberships.Any(m => m.MunicipalityCode == code && m.LeaveDate is null))
            .WithMessage("De centrumgemeente moet deelnemer zijn.")
            .When(a => a.LegalForm == Domain.LegalForm.Centrumregeling);

        RuleForEach(a => a.Links).ChildRules(link =>
        {
            link.RuleFor(l => l.Title).NotEmpty().WithMessage("Vul een titel in.")
                .MaximumLength(LegalBasisLink.TitleMaxLength).WithMessage(TooLong(LegalBasisLink.TitleMaxLength));
            link.RuleFor(l => l.Url).NotEmpty().WithMessage("Vul het webadres in.")
                .MaximumLength(LegalBasisLink.UrlMaxLength).WithMessage(TooLong(LegalBasisLink.UrlMaxLength))
                .Must(BeWebAddress).WithMessage("Vul een webadres in dat begint met http:// of https://.");
        });

        RuleForEach(a => a.Powers).ChildRules(power =>
        {
            power.RuleFor(p => p.Description).NotEmpty().WithMessage("Beschrijf de bevoegdheid.")
                .MaximumLength(TransferredPower.DescriptionMaxLength).WithMessage(TooLong(TransferredPower.DescriptionMaxLength));
            power.RuleFor(p => p.LegalBasis).MaximumLength(TransferredPower.LegalBasisMaxLength)
                .WithMessage(TooLong(TransferredPower.LegalBasisMaxLength));
        });

        RuleForEach(a => a.Memberships).ChildRules(membership =>
        {
            membership.RuleFor(m => m.MunicipalityCode)
                .Must((m, code) => new[] { !string.IsNullOrEmpty(code), m.OrganisationId is not null, !string.IsNullOrWhiteSpace(m.NewOrganisationName) }
                    .Count(chosen => chosen) == 1)
                .WithMessage("Kies één gemeente of één andere organisatie.");
            membership.RuleFor(m => m.NewOrganisationName).MaximumLength(Organisation.NameMaxLength)
                .WithMessage(TooLong(Organisation.NameMaxLength));
            membership.RuleFor(m => m.MunicipalityCode).Matches("^GM[0-9]{4}$").When(m => !string.IsNullOrEmpty(m.MunicipalityCode))
                .WithMessage("Een gemeentecode bestaat uit GM en vier cijfers.");
            membership.RuleFor(m => m.LeaveDate).GreaterThan(m => m.JoinDate).When(m => m.JoinDate is not null && m.LeaveDate is not null)
                .WithMessage("De uittreding moet na de toetreding liggen.");
            membership.RuleFor(m => m.CostSharePercentage).InclusiveBetween(0, 100)
                .WithMessage("Het aandeel in de kosten ligt tussen 0 en 100 %.");
            membership.RuleFor(m => m.RiskClass).InclusiveBetween(Risk.MinClass, Risk.MaxClass)
                .WithMessage("De risicoklasse is 1, 2 of 3.");
            membership.RuleFor(m => m.CouncilCommittee).MaximumLength(Membership.CommitteeMaxLength)
                .WithMessage(TooLong(Membership.CommitteeMaxLength));
            membership.RuleFor(m => m.GeneralBoardMember).MaximumLength(Representative.NameMaxLength)
                .WithMessage(TooLong(Representative.NameMaxLength));
            membership.RuleFor(m => m.ExecutiveBoardMember).MaximumLength(Representative.NameMaxLength)
                .WithMessage(TooLong(Representative.NameMaxLength));
        });
        RuleForEach(a => a.Memberships)
            .Must((form, m) => !form.Memberships.Any(other => other != m && SameParticipant(m, other)
                && Overlap(m.JoinDate, m.LeaveDate, other.JoinDate, other.LeaveDate)))
            .WithMessage("Deze deelnemer doet in dezelfde periode al mee.");
        RuleFor(a => a.Memberships).Must(SharesAtMostHundredPercent)
            .WithMessage("De verdeelsleutels van de deelnemers zijn samen meer dan 100 %.");

        RuleForEach(a => a.Placements).ChildRules(placement =>
        {
            placement.RuleFor(p => p.MunicipalityCode).NotEmpty().WithMessage("Kies de gemeente.");
            placement.RuleFor(p => p.TaskId).NotNull().WithMessage("Kies de taak.");
            placement.RuleFor(p => p.EndDate).GreaterThan(p => p.StartDate).When(p => p.StartDate is not null && p.EndDate is not null)
                .WithMessage("De einddatum moet na de begindatum liggen.");
        });
        RuleForEach(a => a.Placements)
            .Must((form, p) => string.IsNullOrEmpty(p.MunicipalityCode) || form.Memberships.Any(m => m.MunicipalityCode == p.MunicipalityCode
                && Overlap(m.JoinDate, m.LeaveDate, p.StartDate, p.EndDate)))
            .WithMessage("Deze gemeente is in die periode geen deelnemer.")
            .Must((form, p) => !form.Placements.Any(other => other != p && other.TaskId == p.TaskId
                && other.MunicipalityCode == p.MunicipalityCode && Overlap(p.StartDate, p.EndDate, other.StartDate, other.EndDate)))
            .WithMessage("Deze gemeente heeft deze taak in dezelfde periode al belegd.");

        RuleForEach(a => a.FinancialYears).ChildRules(year =>
        {
            year.RuleFor(f => f.Year).NotNull().WithMessage("Vul het jaar in.")
                .InclusiveBetween(FinancialYear.MinYear, FinancialYear.MaxYear)
                .WithMessage($"Het jaar ligt tussen {FinancialYear.MinYear} en {FinancialYear.MaxYear}.");
            year.RuleFor(f => f.DebtStart).GreaterThanOrEqualTo(0).WithMessage(FinancialYear.DebtNotNegative);
            year.RuleFor(f => f.DebtEnd).GreaterThanOrEqualTo(0).WithMessage(FinancialYear.DebtNotNegative);
        });
        RuleForEach(a => a.FinancialYears).Must((form, f) => form.FinancialYears.Count(other => other.Year == f.Year) == 1)
            .When(a => a.FinancialYears.All(f => f.Year is not null))
            .WithMessage("Elk jaar komt één keer voor.");

        RuleForEach(a => a.Contributions).ChildRules(contribution =>
        {
            contribution.RuleFor(c => c.Budgeted).GreaterThanOrEqualTo(0).WithMessage(Contribution.NotNegative);
            contribution.RuleFor(c => c.Realised).GreaterThanOrEqualTo(0).WithMessage(Contribution.NotNegative);
        });

        RuleForEach(a => a.Risks).ChildRules(risk =>
        {
            risk.RuleFor(r => r.Description).NotEmpty().WithMessage("Beschrijf het risico.")
                .MaximumLength(Risk.DescriptionMaxLength).WithMessage(TooLong(Risk.DescriptionMaxLength));
            risk.RuleFor(r => r.Class).NotNull().WithMessage("Kies de risicoklasse.")
                .InclusiveBetween(Risk.MinClass, Risk.MaxClass).WithMessage("De risicoklasse is 1, 2 of 3.");
            risk.RuleFor(r => r.Mitigation).MaximumLength(Risk.MitigationMaxLength).WithMessage(TooLong(Risk.MitigationMaxLength));
        });

        RuleForEach(a => a.Evaluations).ChildRules(evaluation =>
        {
            evaluation.RuleFor(e => e.PerformedOn).NotNull().When(e => e.PlannedFor is null)
                .WithMessage("Vul de datum van de evaluatie in, of de geplande datum.");
            evaluation.RuleFor(e => e.Summary).MaximumLength(Evaluation.SummaryMaxLength).WithMessage(TooLong(Evaluation.SummaryMaxLength));
        });
    }

    private static string TooLong(int length) => $"Gebruik hoogstens {length} tekens.";

    private static bool BeWebAddress(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static bool SameParticipant(MembershipForm a, MembershipForm b) =>
        (!string.IsNullOrEmpty(a.MunicipalityCode) && a.MunicipalityCode == b.MunicipalityCode)
        || (a.OrganisationId is not null && a.OrganisationId == b.OrganisationId)
        || (!string.IsNullOrWhiteSpace(a.NewOrganisationName) && a.NewOrganisationName == b.NewOrganisationName);

    /// <summary>Periods end on the first day they no longer apply; an empty bound is open.</summary>
    internal static bool Overlap(DateTime? startA, DateTime? endA, DateTime? startB, DateTime? endB) =>
        (endB is null || startA is null || startA < endB) && (endA is null || startB is null || startB < endA);

    /// <summary>At no date do the shares of the members at that date add up to more than 100 %.</summary>
    private static bool SharesAtMostHundredPercent(List<MembershipForm> memberships)
    {
        var moments = memberships.Select(m => m.JoinDate ?? DateTime.MinValue).Distinct();
        return moments.All(moment => memberships.Where(m => m.IsActiveOn(moment)).Sum(m => m.CostSharePercentage ?? 0) <= 100);
    }
}
