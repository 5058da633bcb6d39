import numpy as np, json
from scipy.io import wavfile
rng=np.random.default_rng(7)
import os, shutil
D='test-output/speech-training-bursts'
os.makedirs(D, exist_ok=True)
for i in range(8):
    rate=48000 if i%2==0 else 44100
    dur=40.0
    n=int(dur*rate)
    noise_db=[-70,-60,-50,-40][i%4]
    x=(rng.random(n)*2-1)*10**(noise_db/20)*np.sqrt(3)
    if i%3==1:  # pink-ish
        from scipy.signal import lfilter
        x=lfilter([0.049922035,-0.095993537,0.050612699,-0.004408786],[1,-2.494956002,2.017265875,-0.522189400],x)
        x*=10**(noise_db/20)/np.sqrt((x**2).mean())
    labels=[]; t=0.5+rng.random()
    while t<dur-3:
        L=0.3+rng.random()*2.2; f0=100+rng.random()*150; peak=-12-rng.random()*18
        s=int(t*rate); e=min(n,int((t+L)*rate)); edge=int(0.005*rate)
        tt=np.arange(e-s)/rate
        H=min(25,int(rate/2/f0)-1)
        v=sum(np.sin(2*np.pi*h*f0*tt)/h for h in range(1,H+1))
        idx=np.arange(e-s); fade=np.minimum(1,np.minimum(idx/edge,(e-s-1-idx)/edge))
        env=(0.5-0.5*np.cos(np.pi*np.maximum(0,fade)))*(0.75+0.25*np.sin(2*np.pi*4*tt))
        x[s:e]+=10**(peak/20)/1.9*v*env
        labels.append({'startSeconds':s/rate,'endSeconds':e/rate})
        t+=L+0.3+rng.random()*1.7
    wavfile.write(f'{D}/condition-b{i}.wav.float.wav',rate,x.astype(np.float32))
    json.dump({'name':f'bursts {i}','labels':labels,'durationSeconds':dur},open(f'{D}/condition-b{i}.json','w'))
print('ok')
# The detector reads WAV: the float files double as the analysed ones.
for i in range(8):
    shutil.copyfile(f'{D}/condition-b{i}.wav.float.wav', f'{D}/condition-b{i}.wav')
