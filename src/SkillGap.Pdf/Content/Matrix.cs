namespace SkillGap.Pdf.Content;

/// <summary>A PDF transformation matrix [a b c d e f] (§8.3.3), applied to row vectors: p' = p × M.</summary>
internal readonly record struct Matrix(double A, double B, double C, double D, double E, double F)
{
    public static Matrix Identity { get; } = new(1, 0, 0, 1, 0, 0);

    public static Matrix Translation(double x, double y) => new(1, 0, 0, 1, x, y);

    /// <summary>This × <paramref name="other"/>: apply this first, then <paramref name="other"/>.</summary>
    public Matrix Multiply(Matrix other) => new(
        (A * other.A) + (B * other.C),
        (A * other.B) + (B * other.D),
        (C * other.A) + (D * other.C),
        (C * other.B) + (D * other.D),
        (E * other.A) + (F * other.C) + other.E,
        (E * other.B) + (F * other.D) + other.F);

    public (double X, double Y) Transform(double x, double y) => ((x * A) + (y * C) + E, (x * B) + (y * D) + F);

    /// <summary>Transforms a direction (no translation).</summary>
    public (double X, double Y) TransformVector(double x, double y) => ((x * A) + (y * C), (x * B) + (y * D));

    public bool IsFinite => double.IsFinite(A) && double.IsFinite(B) && double.IsFinite(C) && double.IsFinite(D) && double.IsFinite(E) && double.IsFinite(F);
}
