namespace Samenwerking.Web.Domain;

/// <summary>
/// Who the municipalities take part with decides what a council can do. Wgr art. 1 lid 1 lets the raden, the
/// colleges and the burgemeesters make a regeling "afzonderlijk of tezamen": a raadsregeling, collegeregeling or
/// burgemeestersregeling, or a gemengde regeling when several kinds of body take part — several bodies of the
/// municipalities, or also a province or waterschap (art. 51, 61, 73).
/// </summary>
public enum RegelingKind
{
    Raadsregeling,
    Collegeregeling,
    Burgemeestersregeling,
    GemengdeRegeling,
}
