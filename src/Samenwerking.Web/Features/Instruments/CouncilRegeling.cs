using Samenwerking.Web.Domain;
using Samenwerking.Web.Domain.Instruments;
using Samenwerking.Web.Features.Calendar;

namespace Samenwerking.Web.Features.Instruments;

/// <summary>One regeling as its council sees it from one municipality: the instruments, the people, the rules, the next deadline and the money.</summary>
public sealed record CouncilRegeling(
    int Id,
    string Name,
    string? ShortName,
    LegalForm LegalForm,
    string MunicipalityCode,
    string MunicipalityName,
    RegelingKind? Kind,
    CouncilInstrumentSet Instruments,
    MembershipPeriod Membership,
    IReadOnlyList<RepresentativeItem> Representatives,
    string? CouncilCommittee,
    RegelingRules Rules,
    EvaluationSchedule Evaluation,
    AmendmentAssessment Amendment,
    CalendarItem? NextDeadline,
    IReadOnlyList<ContributionItem> Contributions);

/// <summary>When this municipality took part; <see cref="IsActive"/> on the page's date.</summary>
public sealed record MembershipPeriod(DateOnly? JoinDate, DateOnly? LeaveDate, bool IsActive);

public sealed record RepresentativeItem(Board Board, string Name, string? Role);

/// <summary>What the regeling itself states, as an editor recorded it; null is "niet geregistreerd".</summary>
public sealed record RegelingRules(
    string? ZienswijzeDecisions,
    bool? HasAdvisoryCommittee,
    string? AdvisoryCommittee,
    string? ResidentParticipation,
    int? EvaluationPeriodYears,
    int? ExitNoticeMonths,
    string? ExitCosts,
    string? ExitRules);

/// <summary>This municipality's contribution in a year; summed over its memberships when it joined more than once.</summary>
public sealed record ContributionItem(int Year, decimal? Budgeted, decimal? Realised);
