namespace Samenwerking.Web.Domain.Calendar;

/// <summary>A document of a Wgr body's planning-and-control cycle that its participants' councils receive.</summary>
public enum PlanningDocumentKind
{
    /// <summary>Algemene financiële en beleidsmatige kaders (kadernota) for the budget year (Wgr art. 34b).</summary>
    Kaders,

    /// <summary>Voorlopige jaarrekening of the year (Wgr art. 34b).</summary>
    VoorlopigeJaarrekening,

    /// <summary>Ontwerpbegroting of the budget year, open to each council's zienswijze (Wgr art. 35).</summary>
    Ontwerpbegroting,

    /// <summary>An ontwerp-begrotingswijziging, open to zienswijzen unless the regeling exempts its category (Wgr art. 35 lid 5).</summary>
    Begrotingswijziging,

    /// <summary>The adopted budget, sent to gedeputeerde staten (Wgr art. 34 lid 2) or the minister (art. 58 lid 2).</summary>
    Begroting,

    /// <summary>The adopted jaarrekening, sent to gedeputeerde staten (Wgr art. 34 lid 4) or the minister (art. 58 lid 4).</summary>
    Jaarrekening,

    /// <summary>A draft to enter, change or leave the regeling, sent by the college or burgemeester (Wgr art. 1 lid 2–3).</summary>
    OntwerpRegeling,
}
