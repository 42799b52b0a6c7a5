# Shown in place of a crisis line’s own name where our source did not record it.
unnamed-national-line = خط الأزمات الوطني
