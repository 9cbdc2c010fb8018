# Mangles 15% of the lines of a generated corpus (spaces, tabs, NBSP as char and reference, &amp;,
# escaped quotes, CR, BOM, NUL, zero-width and wide spaces, accents, fields, captions, separators,
# weekday prefixes, ordinals, upper case, middle dots, em dashes, a written U+FFFD) and 20 bytes into
# invalid UTF-8, for parse-ab.sh.
# python3 mangle.py IN OUT [SEED]
import random,sys
random.seed(int(sys.argv[3]) if len(sys.argv)>3 else 1)
src=open(sys.argv[1],'rb').read().decode('utf-8').split('\n')
ops=[lambda l:' '+l, lambda l:l+' ', lambda l:l.replace(' ','  ',1), lambda l:l.replace(' ','\t',1),
 lambda l:l.replace(' ','\u00a0',1), lambda l:l.replace(' ','&nbsp;',1), lambda l:l.replace(' ',' &amp; ',1),
 lambda l:l.replace("e","\\'",1), lambda l:l+'\r', lambda l:'\ufeff'+l, lambda l:l.replace(' ','\x00',1),
 lambda l:l.replace(' ','\u200b',1), lambda l:l.replace('a','á',1).replace('e','é',1), lambda l:'Fecha: '+l,
 lambda l:l+' Foto: ACNUR/Ana', lambda l:l.replace(' ',' - ',1), lambda l:l.replace(' ',': ',1),
 lambda l:'Monday, '+l, lambda l:'lundi '+l, lambda l:l.replace('9','&#57;',1), lambda l:l.replace(' ','\u2003',1),
 lambda l:l.replace('"','\u201c',1), lambda l:l.replace(' ',' \u2013 ',1), lambda l:'GENEVA, '+l.replace(' ',' – ',2),
 lambda l:l.replace(',','',1), lambda l:l.replace(' ','.',1), lambda l:l.replace('1','1st',1), lambda l:l.upper(),
 lambda l:l.replace(' ','\u00ad',1), lambda l:l.replace(' ','\u3000',1), lambda l:l.replace('-','/',2),
 lambda l:l.replace('o','ö',1)+'\u0301', lambda l:'\u2028'+l, lambda l:l.replace(' ','\u0085',1),
 lambda l:l.replace(', ',' \u00b7 ',2), lambda l:l.replace(' ',' \u2014 ',1), lambda l:l.replace('e','\ufffd',1),
 lambda l:l.replace(' ',' \u2013',1), lambda l:l.replace('a','\u00e1',1).replace(', ',' / ',1)]
out=[]
for l in src:
  if random.random()<0.15:
    for _ in range(random.randint(1,2)): l=random.choice(ops)(l)
  out.append(l)
data='\n'.join(out).encode('utf-8','surrogatepass')
# some invalid UTF-8 lines
b=bytearray(data)
for _ in range(20):
  i=random.randrange(len(b)); b[i]=0xE9
open(sys.argv[2],'wb').write(bytes(b))
