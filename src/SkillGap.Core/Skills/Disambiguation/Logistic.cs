namespace SkillGap.Core.Skills.Disambiguation;

internal static class Logistic
{
    /// <summary>1 / (1 + e^-z), written so neither branch overflows for large |z|.</summary>
    public static double Sigmoid(double z)
    {
        if (z >= 0)
        {
            return 1 / (1 + Math.Exp(-z));
        }

        var e = Math.Exp(z);
        return e / (1 + e);
    }
}
