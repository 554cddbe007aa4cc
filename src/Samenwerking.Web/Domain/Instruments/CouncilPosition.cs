namespace Samenwerking.Web.Domain.Instruments;

/// <summary>How a municipality takes part in a regeling, seen from its council: that decides the council's instruments.</summary>
public enum CouncilPosition
{
    /// <summary>The raad itself takes part (a raadsregeling for this municipality, or a gemengde regeling with its raad).</summary>
    RaadNeemtDeel,

    /// <summary>Only the college takes part: the council steers through its college.</summary>
    ViaCollege,

    /// <summary>Only the burgemeester takes part: the council steers through its burgemeester.</summary>
    ViaBurgemeester,

    /// <summary>College and burgemeester take part, not the raad.</summary>
    ViaCollegeEnBurgemeester,

    /// <summary>No governing body of this municipality is registered: the register cannot say.</summary>
    Onbekend,
}
