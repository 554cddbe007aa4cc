using Samenwerking.Web.Domain;
using Samenwerking.Web.Domain.Instruments;

namespace Samenwerking.Tests.Domain.Instruments;

public sealed class AmendmentAndEvaluationTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    [Fact]
    public void Calls_a_regeling_not_adapted_after_1_july_2024_overdue()
    {
        var assessment = AmendmentAssessment.Of(LegalForm.OpenbaarLichaam, AmendmentStatus.NietAangepast, null, null, Today);

        Assert.True(assessment.IsOverdue);
        Assert.Contains("te laat", assessment.Status, StringComparison.Ordinal);
    }

    [Fact]
    public void Is_not_overdue_on_the_last_day_itself()
    {
        var assessment = AmendmentAssessment.Of(LegalForm.OpenbaarLichaam, AmendmentStatus.NietAangepast, null, null, new DateOnly(2024, 7, 1));

        Assert.False(assessment.IsOverdue);
    }

    [Fact]
    public void Says_not_registered_and_what_the_national_register_suggests_without_stating_it_as_a_fact()
    {
        var old = AmendmentAssessment.Of(LegalForm.OpenbaarLichaam, null, null, new DateOnly(2019, 1, 1), Today);
        var recent = AmendmentAssessment.Of(LegalForm.OpenbaarLichaam, null, null, new DateOnly(2024, 1, 1), Today);

        Assert.Equal("Niet geregistreerd.", old.Status);
        Assert.False(old.IsOverdue);
        Assert.Contains("wijst erop", old.RegisterHint, StringComparison.Ordinal);
        Assert.Contains("staat niet in het register", recent.RegisterHint, StringComparison.Ordinal);
    }

    [Fact]
    public void Notes_an_adaptation_after_the_deadline_as_late()
    {
        var assessment = AmendmentAssessment.Of(LegalForm.Bedrijfsvoeringsorganisatie, AmendmentStatus.Aangepast, new DateOnly(2025, 1, 1), null, Today);

        Assert.Contains("na de wettelijke termijn", assessment.Status, StringComparison.Ordinal);
        Assert.False(assessment.IsOverdue);
    }

    [Fact]
    public void Does_not_apply_to_a_body_outside_the_wgr() =>
        Assert.StartsWith("Niet van toepassing", AmendmentAssessment.Of(LegalForm.Stichting, null, null, null, Today).Status, StringComparison.Ordinal);

    [Fact]
    public void Derives_the_next_evaluation_from_the_last_and_the_regelings_own_period()
    {
        var schedule = EvaluationSchedule.Of([(new DateOnly(2021, 3, 1), null), (new DateOnly(2017, 3, 1), null)], 4);

        Assert.Equal(new DateOnly(2021, 3, 1), schedule.Last);
        Assert.Equal(new DateOnly(2025, 3, 1), schedule.Next);
        Assert.True(schedule.NextIsDerived);
    }

    [Fact]
    public void Prefers_a_planned_evaluation_over_the_derived_one()
    {
        var schedule = EvaluationSchedule.Of([(new DateOnly(2021, 3, 1), null), (null, new DateOnly(2027, 6, 1))], 4);

        Assert.Equal(new DateOnly(2027, 6, 1), schedule.Next);
        Assert.False(schedule.NextIsDerived);
    }

    [Fact]
    public void Knows_no_next_evaluation_without_a_period_or_a_plan()
    {
        Assert.Null(EvaluationSchedule.Of([(new DateOnly(2021, 3, 1), null)], null).Next);
        Assert.Null(EvaluationSchedule.Of([], 4).Next);
    }
}
