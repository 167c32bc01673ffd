namespace Sitrep.Core.Entities;

/// <summary>A description a pronoun stands for: tokens [<paramref name="First"/>, <paramref name="Last"/>], its head noun <paramref name="Head"/> ("A UKIP spokesman": a, UKIP, spokesman).</summary>
public readonly record struct Antecedent(int First, int Last, int Head);
