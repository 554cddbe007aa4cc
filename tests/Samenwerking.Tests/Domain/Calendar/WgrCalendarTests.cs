using Samenwerking.Web.Domain;
using Samenwerking.Web.Domain.Calendar;

namespace Samenwerking.Tests.Domain.Calendar;

public sealed class WgrCalendarTests
{
    private static Deadline Single(PlanningDocumentKind kind, int year, DeadlineKind what, DateOnly? sent = null, int number = 0, bool province = false) =>
        WgrCalendar.For(kind, year, number, sent, province).Single(d => d.Kind == what);

    [Fact]
    public void The_kadernota_is_due_before_30_april_of_the_year_before()
    {
        var deadline = Single(PlanningDocumentKind.Kaders, 2027, DeadlineKind.Toezending);
        Assert.Equal(new DateOnly(2026, 4, 29), deadline.Date);
        Assert.True(deadline.IsStatutoryLatest);
        Assert.Equal("Wgr art. 34b", deadline.Article);
    }

    [Fact]
    public void A_fixed_date_on_a_weekend_does_not_move()
    {
        // 29 April 2028 is a Saturday: "vóór 30 april" is a moment, not a term the Atw extends.
        Assert.Equal(new DateOnly(2028, 4, 29), Single(PlanningDocumentKind.Kaders, 2029, DeadlineKind.Toezending).Date);
        // 14 July 2029 is a Saturday.
        Assert.Equal(new DateOnly(2029, 7, 14), Single(PlanningDocumentKind.Jaarrekening, 2028, DeadlineKind.NaarToezicht).Date);
    }

    [Fact]
    public void The_ontwerpbegroting_goes_out_twelve_weeks_before_the_last_day_for_the_supervisor_and_the_councils_have_twelve_weeks()
    {
        var sending = Single(PlanningDocumentKind.Ontwerpbegroting, 2027, DeadlineKind.Toezending);
        var zienswijze = Single(PlanningDocumentKind.Ontwerpbegroting, 2027, DeadlineKind.Zienswijze);
        Assert.Equal(new DateOnly(2026, 6, 22), sending.Date);
        Assert.Equal(new DateOnly(2026, 9, 14), zienswijze.Date);
        Assert.True(zienswijze.IsStatutoryLatest);
        Assert.True(zienswijze.CouncilMayGiveZienswijze);
        Assert.Equal(new DateOnly(2026, 9, 14), Single(PlanningDocumentKind.Begroting, 2027, DeadlineKind.NaarToezicht).Date);
    }

    [Fact]
    public void A_draft_sent_late_moves_the_zienswijze_term_with_it()
    {
        var zienswijze = Single(PlanningDocumentKind.Ontwerpbegroting, 2027, DeadlineKind.Zienswijze, sent: new DateOnly(2026, 7, 1));
        Assert.Equal(new DateOnly(2026, 9, 23), zienswijze.Date);
        Assert.False(zienswijze.IsStatutoryLatest);
        Assert.Equal(new DateOnly(2026, 7, 1), Single(PlanningDocumentKind.Ontwerpbegroting, 2027, DeadlineKind.Toezending, sent: new DateOnly(2026, 7, 1)).Date);
    }

    [Fact]
    public void A_term_ending_on_a_saturday_runs_to_the_monday()
    {
        // Sent on Saturday 13 June 2026: twelve weeks end on Saturday 5 September, extended to Monday 7 September (Atw art. 1).
        Assert.Equal(new DateOnly(2026, 9, 7), Single(PlanningDocumentKind.Ontwerpbegroting, 2027, DeadlineKind.Zienswijze, sent: new DateOnly(2026, 6, 13)).Date);
    }

    [Fact]
    public void A_term_ending_on_goede_vrijdag_runs_past_easter_monday()
    {
        // A draft regeling received on Friday 6 February 2026: eight weeks end on Goede Vrijdag 3 April; Easter Monday is the 6th.
        var deadline = Single(PlanningDocumentKind.OntwerpRegeling, 2026, DeadlineKind.Zienswijze, sent: new DateOnly(2026, 2, 6), number: 1);
        Assert.Equal(new DateOnly(2026, 4, 7), deadline.Date);
        Assert.Equal("Wgr art. 1 lid 3; Atw art. 1", deadline.Article);
    }

    [Fact]
    public void A_term_ending_on_koningsdag_runs_to_the_next_day()
    {
        var deadline = Single(PlanningDocumentKind.Begrotingswijziging, 2026, DeadlineKind.Zienswijze, sent: new DateOnly(2026, 2, 2), number: 1);
        Assert.Equal(new DateOnly(2026, 4, 28), deadline.Date);
    }

    [Fact]
    public void Amendments_and_drafts_have_no_deadline_until_they_are_recorded()
    {
        Assert.Empty(WgrCalendar.For(PlanningDocumentKind.Begrotingswijziging, 2027, 1, null, false));
        Assert.Empty(WgrCalendar.For(PlanningDocumentKind.OntwerpRegeling, 2027, 1, null, false));
    }

    [Fact]
    public void With_a_province_taking_part_the_adopted_documents_go_to_the_minister_under_article_58()
    {
        Assert.Equal("Wgr art. 58 lid 2", Single(PlanningDocumentKind.Begroting, 2027, DeadlineKind.NaarToezicht, province: true).Article);
        Assert.Equal("Wgr art. 34 lid 4", Single(PlanningDocumentKind.Jaarrekening, 2026, DeadlineKind.NaarToezicht).Article);
    }

    [Theory]
    [InlineData(LegalForm.OpenbaarLichaam, true)]
    [InlineData(LegalForm.Bedrijfsvoeringsorganisatie, true)]
    [InlineData(LegalForm.GemeenschappelijkOrgaan, true)]
    [InlineData(LegalForm.RegelingZonderMeer, false)]
    [InlineData(LegalForm.Centrumregeling, false)]
    [InlineData(LegalForm.Egts, false)]
    [InlineData(LegalForm.GrensoverschrijdendOpenbaarLichaam, false)]
    public void Only_a_regeling_with_a_body_of_its_own_has_the_cycle(LegalForm form, bool expected) =>
        Assert.Equal(expected, WgrCalendar.HasCycle(form));

    [Fact]
    public void A_moved_deadline_keeps_its_key()
    {
        var statutory = Single(PlanningDocumentKind.Ontwerpbegroting, 2027, DeadlineKind.Zienswijze);
        var moved = Single(PlanningDocumentKind.Ontwerpbegroting, 2027, DeadlineKind.Zienswijze, sent: new DateOnly(2026, 5, 1));
        Assert.NotEqual(statutory.Date, moved.Date);
        Assert.Equal(statutory.Key, moved.Key);
    }
}
