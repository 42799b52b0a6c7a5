# Deskripsi saluran bantuan krisis yang ditulis tangan, menurut id saluran (`hotline-<id>`). Tulis hanya
# jika ada sumber yang menggambarkan layanan itu dengan caranya sendiri, dan katakan hanya apa yang
# dikatakan data dan sumber saluran itu. Setiap saluran lain digambarkan oleh `line-description`
# (lines.ftl), yang disusun dari datanya.
hotline-befrienders-worldwide = Befrienders Worldwide memberi tautan ke pusat-pusat dukungan emosional di seluruh dunia. Gunakan direktorinya untuk menemukan pusat yang dekat denganmu.
