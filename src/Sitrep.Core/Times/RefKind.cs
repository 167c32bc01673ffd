namespace Sitrep.Core.Times;

/// <summary>The value of a <see cref="WordClass.Ref"/> word.</summary>
internal enum RefKind
{
    Present,
    Past,
    Future,
}
